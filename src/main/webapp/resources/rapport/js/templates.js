/*
 * The templates page: "Edit" on a row fills the form below the table, and "Preview" fills the preview; once the
 * part has been redrawn, keyboard focus moves to its heading, so keyboard and screen-reader users land on it.
 */
(function () {
    "use strict";
    var target = null;

    document.addEventListener("click", function (event) {
        if (!event.target.closest) {
            return;
        }
        if (event.target.closest(".r-tpl-edit")) {
            target = "template-heading";
        } else if (event.target.closest(".r-tpl-preview-button")) {
            target = "preview-heading";
        }
    }, true);

    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", function () {
            var heading = target ? document.getElementById(target) : null;
            target = null;
            if (heading) {
                heading.focus();
            }
        });
    }
})();
