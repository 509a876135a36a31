/*
 * What the autosaving pages share (meeting mode's notes, the message composer): drafts kept in this browser's
 * storage until the server has them (storage that is full or switched off only means autosave needs the network),
 * a retry when the browser is back online and every 10 seconds, and the formatter for texts from the bundle
 * ("{0} words"). Loaded before the page's own script, as window.RapportDrafts.
 */
window.RapportDrafts = (function () {
    'use strict';

    var RETRY_MS = 10000;

    return {
        format: function (pattern, args) {
            return pattern.replace(/\{(\d+)\}/g, function (match, index) {
                return args[Number(index)] === undefined ? match : String(args[Number(index)]);
            });
        },

        read: function (key) {
            try {
                var text = window.localStorage.getItem(key);
                return text ? JSON.parse(text) : null;
            } catch (e) {
                return null;
            }
        },

        write: function (key, value) {
            try {
                window.localStorage.setItem(key, JSON.stringify(value));
            } catch (e) {
                // Storage full or disabled: autosave still works while online.
            }
        },

        forget: function (key) {
            try {
                window.localStorage.removeItem(key);
            } catch (e) {
                // Nothing stored.
            }
        },

        /** Calls retry when the browser comes back online and every 10 seconds; retry decides whether to save. */
        retryWhenBack: function (retry) {
            window.addEventListener('online', retry);
            window.setInterval(retry, RETRY_MS);
        }
    };
}());
