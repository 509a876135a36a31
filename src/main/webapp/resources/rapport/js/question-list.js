/*
 * The ranked question list on /student/meeting: after "Move up" or "Move down" re-renders the list, focus returns
 * to the same button of the item that moved, so a keyboard user can keep pressing it.
 */
(function () {
    'use strict';
    var pending = null;

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.r-move') : null;
        if (button) {
            pending = { item: button.getAttribute('data-item'), step: button.getAttribute('data-step') };
        }
    }, true);

    function restoreFocus() {
        if (!pending) {
            return;
        }
        var selector = '.r-move[data-item="' + pending.item + '"][data-step="' + pending.step + '"]';
        var button = document.querySelector(selector);
        if (!button || button.disabled || button.classList.contains('ui-state-disabled')) {
            var other = pending.step === 'up' ? 'down' : 'up';
            button = document.querySelector('.r-move[data-item="' + pending.item + '"][data-step="' + other + '"]');
        }
        pending = null;
        if (button) {
            button.focus();
        }
    }

    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', restoreFocus);
    }
}());
