/* The ticket list from the keyboard: the arrow keys move between the tickets' links, row by row (Home, End: first,
   last). Loaded as a file, as the pages' Content-Security-Policy wants. */
document.addEventListener('keydown', function (event) {
    if (['ArrowDown', 'ArrowUp', 'Home', 'End'].indexOf(event.key) < 0 || event.altKey || event.ctrlKey || event.metaKey) {
        return;
    }
    var links = Array.prototype.slice.call(document.querySelectorAll('#tickets tbody td.number a'));
    var at = links.indexOf(document.activeElement);
    if (at < 0) {
        return;
    }
    var next = event.key === 'ArrowDown' ? at + 1 : event.key === 'ArrowUp' ? at - 1
        : event.key === 'Home' ? 0 : links.length - 1;
    if (next >= 0 && next < links.length) {
        links[next].focus();
        event.preventDefault();
    }
});
