// The slip's print button; a listener from a file because the Content-Security-Policy blocks inline handlers.
document.getElementById('print-slip').addEventListener('click', function () { window.print(); });
