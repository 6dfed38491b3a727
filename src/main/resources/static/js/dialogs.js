// Dialogs that behave. The server renders each dialog open, so without JavaScript it is simply part
// of a page. Here every open dialog becomes modal: focus moves in, Tab and Shift+Tab wrap inside,
// Escape and the × close it, and focus returns to what opened it. After an htmx swap focus lands on
// the first field in error, else on what the dialog marks data-focus (or autofocus), and the change
// is read out through the layout's live region (#live).
(function () {
    'use strict';

    var FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), '
        + 'select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

    // What opened the dialog now shown: the element itself and a selector to find it again once
    // a refresh has replaced it.
    var opener = null;

    var live = document.getElementById('live');
    var liveHome = live && live.parentNode;

    function visible(el) {
        return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    }

    function focusables(dialog) {
        return Array.prototype.filter.call(dialog.querySelectorAll(FOCUSABLE), visible);
    }

    function selectorOf(el) {
        if (el.id) {
            return '#' + CSS.escape(el.id);
        }
        var href = el.getAttribute('href');
        return href ? el.tagName.toLowerCase() + '[href="' + CSS.escape(href) + '"]' : null;
    }

    function modal() {
        return document.querySelector('dialog:modal');
    }

    // Content outside a modal dialog is inert, live regions too: while a dialog is open the live
    // region moves into it, and back home when the dialog goes.
    function announce(text) {
        if (!live || !text) {
            return;
        }
        var host = modal() || liveHome;
        if (live.parentNode !== host) {
            host.appendChild(live);
        }
        live.textContent = '';
        setTimeout(function () { live.textContent = text.trim().replace(/\s+/g, ' '); }, 100);
    }

    function sendLiveHome() {
        if (live && liveHome && live.parentNode !== liveHome) {
            live.textContent = '';
            liveHome.appendChild(live);
        }
    }

    function focusInside(dialog) {
        var target = dialog.querySelector('[aria-invalid="true"]')
            || dialog.querySelector('[data-focus]')
            || dialog.querySelector('[autofocus]')
            || focusables(dialog).filter(function (el) { return !el.hasAttribute('data-dialog-close'); })[0];
        if (target) {
            target.focus();
        }
    }

    function whatChanged(dialog) {
        var said = dialog.querySelector('[data-announce], [role=alert], [role=status]');
        return said ? said.textContent : '';
    }

    function show(swapped) {
        document.querySelectorAll('dialog[open]').forEach(function (dialog) {
            if (dialog.matches(':modal')) {
                return;
            }
            dialog.removeAttribute('open');
            dialog.showModal();
            focusInside(dialog);
            if (swapped) {
                announce(whatChanged(dialog));
            }
        });
    }

    function refocus() {
        if (!opener) {
            return;
        }
        var el = opener.element.isConnected ? opener.element
            : (opener.selector && document.querySelector(opener.selector));
        if (el) {
            el.focus();
        }
    }

    function refresh(selectors) {
        return Promise.all(selectors.split(/\s+/).filter(Boolean).map(function (selector) {
            if (!document.querySelector(selector)) {
                return Promise.resolve();
            }
            return htmx.ajax('GET', window.location.href, { target: selector, select: selector, swap: 'outerHTML' });
        }));
    }

    // A dialog closed (Escape, ×, Cancel): without an opener it was shown as a page, so go where
    // its × leads; else empty the dialog's place, refresh what it changed and give focus back.
    function closed(event) {
        var dialog = event.target;
        if (!(dialog instanceof HTMLDialogElement) || dialog.open || !dialog.isConnected) {
            return;
        }
        sendLiveHome();
        var x = dialog.querySelector('[data-dialog-close][href]');
        if (!opener) {
            if (x) {
                window.location.assign(x.getAttribute('href'));
            }
            return;
        }
        var refreshing = dialog.getAttribute('data-refresh');
        var place = dialog.parentNode;
        if (place && place.id === 'dialog') {
            place.replaceChildren();
        }
        refocus();
        if (refreshing && window.htmx) {
            refresh(refreshing).then(function () {
                refocus();
                opener = null;
            });
        }
        else {
            opener = null;
        }
    }

    document.addEventListener('close', closed, true);

    document.addEventListener('click', function (event) {
        var x = event.target.closest('[data-dialog-close]');
        var dialog = x && x.closest('dialog');
        if (dialog && dialog.open && opener) {
            event.preventDefault();
            dialog.close();
        }
    });

    document.addEventListener('keydown', function (event) {
        var dialog = event.key === 'Tab' && modal();
        if (!dialog) {
            return;
        }
        var items = focusables(dialog);
        if (items.length === 0) {
            return;
        }
        var first = items[0];
        var last = items[items.length - 1];
        var inside = dialog.contains(document.activeElement);
        if (event.shiftKey && (document.activeElement === first || !inside)) {
            event.preventDefault();
            last.focus();
        }
        else if (!event.shiftKey && (document.activeElement === last || !inside)) {
            event.preventDefault();
            first.focus();
        }
    });

    // A plain form posts once: a second click (or Enter) while the page is leaving does nothing.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (form.hasAttribute('hx-post') || form.hasAttribute('hx-get') || event.defaultPrevented) {
            return;
        }
        if (form.dataset.submitting) {
            event.preventDefault();
        }
        else {
            form.dataset.submitting = 'true';
        }
    });

    window.addEventListener('pageshow', function () {
        document.querySelectorAll('form[data-submitting]').forEach(function (form) {
            delete form.dataset.submitting;
        });
    });

    document.addEventListener('htmx:beforeRequest', function (event) {
        var target = event.detail.target;
        var elt = event.detail.elt;
        if (!target || target.id !== 'dialog' || elt.closest('dialog')) {
            return;
        }
        var active = document.activeElement;
        var element = (active && active !== document.body && elt.contains(active)) ? active : elt;
        opener = { element: element, selector: selectorOf(element) };
    });

    document.addEventListener('htmx:beforeSwap', function (event) {
        if (live && event.detail.target && event.detail.target.contains(live)) {
            sendLiveHome();
        }
    });

    document.addEventListener('htmx:afterSettle', function (event) {
        if (event.detail.target && event.detail.target.id === 'dialog') {
            show(true);
        }
    });

    show(false);
}());
