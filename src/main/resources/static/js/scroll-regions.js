/*
 * Tables wider than the screen (a phone) scroll sideways inside their own box; a keyboard user must be able to reach
 * that box to scroll it (WCAG 2.1.1, axe's scrollable-region-focusable). Each table of the page is put in a
 * <div class="table-scroll">; while the table is wider than the box, the box is a named region in the tab order
 * (role="region", tabindex="0", aria-label from the table's caption or the heading before it). Without JavaScript the
 * table itself scrolls (app.css). Tables that htmx brings in later are handled too.
 */
(function () {
    'use strict';

    function text(element) {
        return element ? element.textContent.replace(/\s+/g, ' ').trim() : '';
    }

    /** The caption, else the nearest heading before the table (in document order), else the page's first heading. */
    function nameOf(table) {
        var caption = text(table.querySelector('caption'));
        if (caption) {
            return caption;
        }
        if (table.getAttribute('aria-label')) {
            return table.getAttribute('aria-label');
        }
        var headings = document.querySelectorAll('main h1, main h2, main h3, main h4, main legend');
        var before = '';
        for (var i = 0; i < headings.length; i++) {
            if (headings[i].compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING) {
                before = text(headings[i]) || before;
            }
        }
        return before || text(document.querySelector('h1')) || document.title;
    }

    function update(box) {
        var scrolls = box.scrollWidth > box.clientWidth + 1;
        if (scrolls && !box.hasAttribute('tabindex')) {
            box.setAttribute('tabindex', '0');
            box.setAttribute('role', 'region');
            box.setAttribute('aria-label', nameOf(box.querySelector('table')));
        } else if (!scrolls && box.hasAttribute('tabindex')) {
            box.removeAttribute('tabindex');
            box.removeAttribute('role');
            box.removeAttribute('aria-label');
        }
    }

    function wrap(root) {
        var tables = (root || document).querySelectorAll('main table');
        for (var i = 0; i < tables.length; i++) {
            var table = tables[i];
            if (table.parentElement.classList.contains('table-scroll') || table.closest('svg')) {
                continue;
            }
            var box = document.createElement('div');
            box.className = 'table-scroll';
            table.parentNode.insertBefore(box, table);
            box.appendChild(table);
        }
        var boxes = document.querySelectorAll('.table-scroll');
        for (var j = 0; j < boxes.length; j++) {
            update(boxes[j]);
        }
    }

    var pending = false;

    function later() {
        if (!pending) {
            pending = true;
            requestAnimationFrame(function () {
                pending = false;
                wrap(document);
            });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () { wrap(document); });
    } else {
        wrap(document);
    }
    window.addEventListener('resize', later);
    document.addEventListener('htmx:afterSettle', later);
    // a table in a <details> has no width until it is opened
    document.addEventListener('toggle', later, true);
}());
