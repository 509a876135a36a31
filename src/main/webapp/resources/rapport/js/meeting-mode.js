/*
 * Meeting mode (/student/meeting-mode): the conversation timer and the checklist's autosave.
 *
 * Timer: Start / Pause / Reset; the clock shows mm:ss every second, screen readers hear the elapsed minutes at most
 * once a minute, and at the planned length the page says "Time's up — offer to end on time". Its state is kept in
 * localStorage, so a reload does not lose it; while it runs it fills in the actual minutes of "Mark as held"
 * (unless the student typed there).
 *
 * Autosave: each item's outcome and note are saved through the "autosave" remote command shortly after typing
 * stops, and on leaving the note. Each save names the item's version and gets the new one back. Until the server has
 * the note, a draft is kept in localStorage; a failed save (network down) keeps the draft, says so, and is tried
 * again when the browser is back online and every 10 seconds. On load, a draft the server has not got yet is put
 * back into the note and saved. A note saved meanwhile in another window is never overwritten silently: the page
 * keeps what was typed and offers to keep it or to use the saved version.
 */
(function () {
    'use strict';

    var TYPING_PAUSE_MS = 1500;
    var CHOICE_PAUSE_MS = 400;

    var drafts = window.RapportDrafts;
    var format = drafts.format;
    var readJson = drafts.read;
    var writeJson = drafts.write;
    var forget = drafts.forget;

    function clockTime(date) {
        return date.toLocaleTimeString([], {hour: '2-digit', minute: '2-digit'});
    }

    /* ---------------------------------------------------------------- timer */

    function initTimer() {
        var root = document.getElementById('timer');
        if (!root) {
            return;
        }
        var plannedSeconds = Number(root.getAttribute('data-planned-seconds'));
        var storageKey = root.getAttribute('data-storage-key');
        var clock = document.getElementById('timer-clock');
        var clockText = document.getElementById('timer-clock-text');
        var spoken = document.getElementById('timer-spoken');
        var limit = document.getElementById('timer-limit');
        var startButton = document.getElementById('timer-start');
        var state = readJson(storageKey) || {startedAt: null, accumulated: 0};
        var lastSpokenMinute = -1;
        var minutesTouched = false;

        function elapsedSeconds() {
            var ms = state.accumulated + (state.startedAt ? Date.now() - state.startedAt : 0);
            return Math.floor(ms / 1000);
        }

        function minutesInput() {
            return document.getElementById(root.getAttribute('data-minutes-input'));
        }

        function render() {
            var seconds = elapsedSeconds();
            var minutes = Math.floor(seconds / 60);
            var text = (minutes < 10 ? '0' : '') + minutes + ':' + (seconds % 60 < 10 ? '0' : '') + (seconds % 60);
            if (clockText.textContent !== text) {
                clockText.textContent = text;
            }
            clock.setAttribute('data-elapsed-seconds', String(seconds));
            var over = seconds >= plannedSeconds && seconds > 0;
            root.classList.toggle('r-mm-timer-over', over);
            root.classList.toggle('r-mm-timer-running', Boolean(state.startedAt));
            var limitText = over ? root.getAttribute('data-msg-limit') : '';
            if (limit.textContent !== limitText) {
                limit.textContent = limitText;
            }
            if (state.startedAt && minutes !== lastSpokenMinute && minutes > 0) {
                spoken.textContent = format(root.getAttribute('data-msg-spoken'), [minutes, plannedSeconds / 60]);
            }
            if (minutes !== lastSpokenMinute) {
                lastSpokenMinute = minutes;
                fillActualMinutes(seconds);
            }
            var startLabel = !state.startedAt && state.accumulated > 0 ? root.getAttribute('data-msg-resume')
                : root.getAttribute('data-msg-start');
            if (startButton.textContent !== startLabel) {
                startButton.textContent = startLabel;
            }
        }

        function fillActualMinutes(seconds) {
            var input = minutesInput();
            if (input && !minutesTouched && seconds > 0) {
                input.value = String(Math.max(1, Math.round(seconds / 60)));
            }
        }

        function save() {
            writeJson(storageKey, state);
        }

        startButton.addEventListener('click', function () {
            if (!state.startedAt) {
                state.startedAt = Date.now();
                save();
                spoken.textContent = root.getAttribute('data-msg-started');
                render();
            }
        });
        document.getElementById('timer-pause').addEventListener('click', function () {
            if (state.startedAt) {
                state.accumulated += Date.now() - state.startedAt;
                state.startedAt = null;
                save();
                spoken.textContent = format(root.getAttribute('data-msg-paused'),
                        [Math.floor(elapsedSeconds() / 60), plannedSeconds / 60]);
                fillActualMinutes(elapsedSeconds());
                render();
            }
        });
        document.getElementById('timer-reset').addEventListener('click', function () {
            state = {startedAt: null, accumulated: 0};
            forget(storageKey);
            spoken.textContent = '';
            lastSpokenMinute = -1;
            render();
        });
        // A length typed by the student wins over the timer (the form is re-rendered after a refusal: delegate).
        document.addEventListener('input', function (event) {
            if (event.target && event.target.id === root.getAttribute('data-minutes-input')) {
                minutesTouched = true;
            }
        });

        render();
        window.setInterval(render, 1000);
    }

    /* ------------------------------------------------------------- autosave */

    function initChecklist() {
        var root = document.getElementById('checklist');
        if (!root || !window.PrimeFaces) {
            return;
        }
        var meetingId = root.getAttribute('data-meeting');
        var status = document.getElementById('autosave-status');
        var items = [];

        function text(name) {
            return root.getAttribute('data-msg-' + name);
        }

        function draftKey(item) {
            return 'rapport.meeting.' + meetingId + '.item.' + item.id;
        }

        function outcomeOf(item) {
            var checked = item.el.querySelector('input[type=radio]:checked');
            return checked ? checked.value : 'NOT_YET';
        }

        function setOutcome(item, value) {
            var radio = item.el.querySelector('input[type=radio][value="' + value + '"]');
            if (radio) {
                radio.checked = true;
            }
        }

        function announce(message) {
            status.textContent = message;
        }

        function showItemStatus(item, message, kind) {
            item.status.textContent = '';
            item.status.className = 'r-mm-item-status' + (kind ? ' r-mm-status-' + kind : '');
            if (message) {
                item.status.appendChild(document.createTextNode(message));
            }
        }

        function storeDraft(item) {
            writeJson(draftKey(item), {note: item.note.value, outcome: outcomeOf(item), version: item.version,
                at: Date.now()});
        }

        function schedule(item, delay) {
            window.clearTimeout(item.timer);
            item.timer = window.setTimeout(function () {
                save(item);
            }, delay);
        }

        function changed(item, delay) {
            item.dirty = true;
            storeDraft(item);
            if (!item.conflict) {
                schedule(item, delay);
            }
        }

        function failed(item) {
            item.failed = true;
            item.dirty = true;
            var message = text('offline');
            showItemStatus(item, message, 'waiting');
            announce(message);
        }

        function saved(item, sent, version) {
            item.version = version;
            item.el.setAttribute('data-version', String(version));
            item.failed = false;
            if (item.note.value === sent.note && outcomeOf(item) === sent.outcome) {
                forget(draftKey(item));
            } else {
                item.dirty = true;
                storeDraft(item);
            }
            var message = format(text('saved'), [clockTime(new Date())]);
            showItemStatus(item, message, 'saved');
            if (!items.some(function (other) {
                return other.failed;
            })) {
                announce(message);
            }
        }

        function conflicted(item, args) {
            item.conflict = {version: Number(args.version), outcome: args.outcome, note: args.note};
            item.failed = false;
            storeDraft(item);
            showItemStatus(item, text('conflict'), 'conflict');
            var keep = document.createElement('button');
            keep.type = 'button';
            keep.className = 'r-mm-button r-mm-button-primary';
            keep.textContent = text('keep-mine');
            keep.addEventListener('click', function () {
                item.version = item.conflict.version;
                item.conflict = null;
                save(item);
                item.note.focus();
            });
            var useSaved = document.createElement('button');
            useSaved.type = 'button';
            useSaved.className = 'r-mm-button';
            useSaved.textContent = text('use-saved');
            useSaved.addEventListener('click', function () {
                item.version = item.conflict.version;
                item.el.setAttribute('data-version', String(item.version));
                item.note.value = item.conflict.note;
                setOutcome(item, item.conflict.outcome);
                item.conflict = null;
                item.dirty = false;
                forget(draftKey(item));
                showItemStatus(item, '', null);
                item.note.focus();
            });
            item.status.appendChild(document.createTextNode(' '));
            item.status.appendChild(keep);
            item.status.appendChild(document.createTextNode(' '));
            item.status.appendChild(useSaved);
            announce(text('conflict'));
        }

        function save(item) {
            window.clearTimeout(item.timer);
            if (item.conflict) {
                return;
            }
            if (item.inFlight) {
                item.again = true;
                return;
            }
            var sent = {note: item.note.value, outcome: outcomeOf(item)};
            item.inFlight = true;
            item.dirty = false;
            item.again = false;
            showItemStatus(item, text('saving'), null);
            window.PrimeFaces.ab({
                s: root.getAttribute('data-save-source'),
                f: root.getAttribute('data-save-form'),
                p: root.getAttribute('data-save-source'),
                g: false,
                pa: [
                    {name: 'itemId', value: item.id},
                    {name: 'version', value: item.version},
                    {name: 'outcome', value: sent.outcome},
                    {name: 'note', value: sent.note}
                ],
                oncomplete: function (xhr, textStatus, args) {
                    item.inFlight = false;
                    if (textStatus === 'success' && args && args.saved) {
                        saved(item, sent, Number(args.version));
                    } else if (textStatus === 'success' && args && args.conflict) {
                        conflicted(item, args);
                    } else if (textStatus === 'success' && args && args.refused) {
                        item.failed = false;
                        showItemStatus(item, args.refused, 'conflict');
                        announce(args.refused);
                        return;
                    } else {
                        failed(item);
                        return;
                    }
                    if (!item.conflict && (item.again || item.dirty)) {
                        schedule(item, 0);
                    }
                }
            });
        }

        function retryFailed() {
            items.forEach(function (item) {
                if (item.failed && !item.inFlight && !item.conflict) {
                    save(item);
                }
            });
        }

        function restoreDraft(item) {
            var draft = readJson(draftKey(item));
            if (!draft) {
                return;
            }
            if (draft.note === item.note.value && draft.outcome === outcomeOf(item)) {
                forget(draftKey(item));
                return;
            }
            var serverState = {version: item.version, outcome: outcomeOf(item), note: item.note.value};
            item.note.value = draft.note;
            setOutcome(item, draft.outcome);
            if (Number(draft.version) === item.version) {
                // The server has not got this text yet: it was typed while offline, or the page was left too soon.
                showItemStatus(item, text('restored'), 'waiting');
                save(item);
            } else {
                // Saved meanwhile elsewhere: keep what was typed here, and let the student choose.
                conflicted(item, serverState);
            }
        }

        Array.prototype.forEach.call(root.querySelectorAll('li[data-item]'), function (el) {
            var item = {
                id: el.getAttribute('data-item'),
                el: el,
                note: el.querySelector('textarea'),
                status: el.querySelector('.r-mm-item-status'),
                version: Number(el.getAttribute('data-version')),
                timer: null,
                dirty: false,
                failed: false,
                inFlight: false,
                again: false,
                conflict: null
            };
            items.push(item);
            item.note.addEventListener('input', function () {
                changed(item, TYPING_PAUSE_MS);
            });
            item.note.addEventListener('blur', function () {
                if (item.dirty && !item.inFlight && !item.conflict) {
                    save(item);
                }
            });
            Array.prototype.forEach.call(el.querySelectorAll('input[type=radio]'), function (radio) {
                radio.addEventListener('change', function () {
                    changed(item, CHOICE_PAUSE_MS);
                });
            });
        });
        items.forEach(restoreDraft);

        drafts.retryWhenBack(retryFailed);
    }

    function init() {
        initTimer();
        initChecklist();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
