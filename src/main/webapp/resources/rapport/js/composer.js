/*
 * The message composer (student/meeting-message.xhtml): counts words as the student types, checks the draft's
 * etiquette live (debounced, through the "liveCheck" remote command, which re-renders the checker), saves the draft
 * 1.5 s after typing stops (through the "autosave" remote command) and keeps the words in this browser's storage
 * until the server has them, keeps the "Open in my mail app" link up to date, copies the text, and asks before a
 * template replaces words already typed. A draft saved meanwhile elsewhere is never overwritten silently: the page
 * keeps what was typed and says so.
 */
(function () {
    'use strict';

    var TYPING_PAUSE_MS = 1500;
    var CHECK_PAUSE_MS = 500;

    var drafts = window.RapportDrafts;
    var format = drafts.format;
    var readJson = drafts.read;
    var writeJson = drafts.write;
    var forget = drafts.forget;

    function init() {
        var form = document.getElementById('composer');
        if (!form || !window.PrimeFaces) {
            return;
        }
        var storageKey = form.getAttribute('data-storage-key');
        // The form is re-rendered by AJAX (a refusal next to a field, a template): elements are looked up each time
        // and listeners sit on the document, so autosave and the live check go on working after an update.
        function currentForm() {
            return document.getElementById('composer') || form;
        }

        function statusLine(id) {
            return document.getElementById(id) || {};
        }
        var state = {
            version: form.getAttribute('data-version') ? Number(form.getAttribute('data-version')) : null,
            saveTimer: null,
            checkTimer: null,
            inFlight: false,
            sending: false,
            dirty: false,
            failed: false,
            conflict: false
        };

        function text(name) {
            return currentForm().getAttribute('data-msg-' + name);
        }

        function field(name) {
            return document.getElementById('composer:' + name);
        }

        function channel() {
            var checked = currentForm().querySelector('input[name="composer:channel"]:checked');
            return checked ? checked.value : 'EMAIL';
        }

        function current() {
            var subject = field('subject');
            var body = field('body');
            return {channel: channel(), subject: subject ? subject.value : '', body: body ? body.value : ''};
        }

        function countWords() {
            var body = field('body');
            var words = body && body.value.trim() ? body.value.trim().split(/\s+/).length : 0;
            document.getElementById('word-count').textContent = format(text('words'), [words]);
        }

        function updateMailto() {
            var link = document.getElementById('mailto');
            if (!link) {
                return;
            }
            var draft = current();
            var parts = [];
            if (draft.subject.trim()) {
                parts.push('subject=' + encodeURIComponent(draft.subject));
            }
            if (draft.body.trim()) {
                parts.push('body=' + encodeURIComponent(draft.body.replace(/\r?\n/g, '\r\n')));
            }
            link.setAttribute('href', 'mailto:' + (currentForm().getAttribute('data-recipient') || '')
                    + (parts.length ? '?' + parts.join('&') : ''));
        }

        function store() {
            var draft = current();
            draft.version = state.version;
            draft.at = Date.now();
            writeJson(storageKey, draft);
        }

        function same(a, b) {
            return a.channel === b.channel && a.subject === b.subject && a.body === b.body;
        }

        function save() {
            window.clearTimeout(state.saveTimer);
            if (state.conflict || state.sending) {
                return;
            }
            if (state.inFlight) {
                state.dirty = true;
                return;
            }
            var sent = current();
            state.inFlight = true;
            state.dirty = false;
            statusLine('autosave-status').textContent = text('saving');
            window.PrimeFaces.ab({
                s: 'composer:autosave',
                f: 'composer',
                p: 'composer:autosave composer:channel composer:subject-field composer:body-field',
                ps: true,
                g: false,
                oncomplete: function (xhr, textStatus, args) {
                    state.inFlight = false;
                    if (textStatus === 'success' && args && args.saved) {
                        state.version = Number(args.version);
                        currentForm().setAttribute('data-version', String(state.version));
                        state.failed = false;
                        if (same(sent, current())) {
                            forget(storageKey);
                        } else {
                            store();
                            state.dirty = true;
                        }
                        statusLine('autosave-status').textContent = format(text('saved'),
                                [new Date().toLocaleTimeString([], {hour: '2-digit', minute: '2-digit'})]);
                    } else if (textStatus === 'success' && args && args.conflict) {
                        state.conflict = true;
                        store();
                        statusLine('autosave-status').textContent = '';
                        statusLine('conflict-status').textContent = args.conflict;
                        return;
                    } else if (textStatus === 'success' && args && args.refused) {
                        statusLine('autosave-status').textContent = args.refused;
                        return;
                    } else {
                        state.failed = true;
                        state.dirty = true;
                        statusLine('autosave-status').textContent = text('offline');
                        return;
                    }
                    if (state.dirty) {
                        state.saveTimer = window.setTimeout(save, TYPING_PAUSE_MS);
                    }
                }
            });
        }

        function check() {
            if (typeof window.rapportComposerCheck === 'function') {
                window.rapportComposerCheck();
            }
        }

        function changed() {
            countWords();
            updateMailto();
            store();
            state.dirty = true;
            window.clearTimeout(state.checkTimer);
            state.checkTimer = window.setTimeout(check, CHECK_PAUSE_MS);
            if (!state.conflict) {
                window.clearTimeout(state.saveTimer);
                state.saveTimer = window.setTimeout(save, TYPING_PAUSE_MS);
            }
        }

        document.addEventListener('input', function (event) {
            if (event.target && (event.target.id === 'composer:subject' || event.target.id === 'composer:body')) {
                changed();
            }
        });
        document.addEventListener('change', function (event) {
            if (event.target && event.target.name === 'composer:channel') {
                store();
                state.dirty = true;
                window.clearTimeout(state.saveTimer);
                state.saveTimer = window.setTimeout(save, TYPING_PAUSE_MS);
            }
        });

        // A template replaces the words only after the student agreed (when there were any).
        document.addEventListener('click', function (event) {
            var button = event.target && event.target.closest ? event.target.closest('[data-confirm-replace]') : null;
            var body = field('body');
            if (button && body && body.value.trim() && !window.confirm(text('replace'))) {
                event.preventDefault();
                event.stopImmediatePropagation();
            }
        }, true);

        // Sending or marking sent carries the words itself: no autosave may follow it in the AJAX queue, where it
        // would run after the redirect was ordered and take the "sent" message meant for the next page with it.
        document.addEventListener('click', function (event) {
            var send = event.target && event.target.closest
                ? event.target.closest('[id="composer:sendFromRapport"], [id="composer:markSent"]') : null;
            if (send) {
                state.sending = true;
                window.clearTimeout(state.saveTimer);
                window.clearTimeout(state.checkTimer);
            }
        }, true);

        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', function (event, xhr, settings) {
                var redirected = xhr && typeof xhr.responseText === 'string'
                        && xhr.responseText.indexOf('<redirect') >= 0;
                if (state.sending && !redirected && settings && settings.data
                        && /composer%3A(sendFromRapport|markSent)/.test(String(settings.data))) {
                    // Still here: the message was refused next to a field. Typing saves again.
                    state.sending = false;
                    if (state.dirty) {
                        state.saveTimer = window.setTimeout(save, TYPING_PAUSE_MS);
                    }
                }
                countWords();
                updateMailto();
                if (settings && settings.data && String(settings.data).indexOf('composer%3AuseTemplate') >= 0) {
                    changed();
                }
            });
        }

        document.addEventListener('click', function (event) {
            if (event.target && event.target.id === 'copy') {
                var draft = current();
                var all = draft.subject.trim() ? draft.subject + '\n\n' + draft.body : draft.body;
                var copyStatus = document.getElementById('copy-status');
                function done() {
                    copyStatus.textContent = text('copied');
                }
                function fallback() {
                    var area = document.createElement('textarea');
                    area.value = all;
                    area.setAttribute('readonly', '');
                    area.className = 'r-visually-hidden';
                    document.body.appendChild(area);
                    area.select();
                    var ok = false;
                    try {
                        ok = document.execCommand('copy');
                    } catch (e) {
                        ok = false;
                    }
                    document.body.removeChild(area);
                    copyStatus.textContent = ok ? text('copied') : text('copy-failed');
                }
                if (navigator.clipboard && navigator.clipboard.writeText) {
                    navigator.clipboard.writeText(all).then(done, fallback);
                } else {
                    fallback();
                }
            }
        });

        // Words typed before the tab closed (or while offline) come back and are saved.
        var kept = readJson(storageKey);
        if (kept) {
            if (same(kept, current())) {
                forget(storageKey);
            } else if (kept.version === state.version) {
                var subject = field('subject');
                if (subject) {
                    subject.value = kept.subject;
                }
                field('body').value = kept.body;
                statusLine('autosave-status').textContent = text('restored');
                changed();
            }
        }

        drafts.retryWhenBack(function () {
            if (state.failed && !state.inFlight) {
                save();
            }
        });
        window.addEventListener('beforeunload', function () {
            if (state.dirty) {
                store();
            }
        });

        countWords();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
