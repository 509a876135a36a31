/*
 * The question bank page: "Edit" on a row fills the form below the table; once that form has been redrawn,
 * keyboard focus moves to its heading, so people using a keyboard or a screen reader land where they type.
 */
(function () {
    "use strict";
    var editPressed = false;

    document.addEventListener("click", function (event) {
        if (event.target.closest && event.target.closest(".r-qb-edit")) {
            editPressed = true;
        }
    }, true);

    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", function () {
            var heading = document.getElementById("question-heading");
            if (editPressed && heading) {
                editPressed = false;
                heading.focus();
            }
        });
    }
})();
