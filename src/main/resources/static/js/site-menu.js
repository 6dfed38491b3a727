// The header's "Menu" (details#site-menu) is a disclosure on a phone and always open on wider screens,
// where CSS hides its summary. Without JavaScript, CSS shows its content on wide screens all the same.
(function () {
    var menu = document.getElementById('site-menu');
    if (!menu) {
        return;
    }
    var wide = window.matchMedia('(min-width: 768px)');
    function fit() {
        menu.open = wide.matches;
    }
    fit();
    wide.addEventListener('change', fit);
    // On a phone, Escape closes the open menu and gives focus back to its summary.
    menu.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && !wide.matches && menu.open) {
            menu.open = false;
            menu.querySelector('summary').focus();
        }
    });
})();
