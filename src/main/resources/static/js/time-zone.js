// A time zone chooser marked data-browser-default starts at the browser's zone (without JavaScript: UTC).
document.querySelectorAll('select[data-browser-default]').forEach(function (select) {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && Array.prototype.some.call(select.options, function (o) { return o.value === zone; })) {
        select.value = zone;
    }
});
