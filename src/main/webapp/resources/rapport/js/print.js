/* The "Print" button of the printable question list: opens the browser's print dialogue (print.css lays out the
   page). Attached here rather than inline, because the pages allow no inline script. */
(function () {
    'use strict';

    function attach() {
        document.querySelectorAll('[data-rapport-print]').forEach(function (button) {
            button.addEventListener('click', function () {
                window.print();
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', attach);
    } else {
        attach();
    }
}());
