// The orders page's export progress, called by PrimeFaces.monitorDownload. A file of its own, not
// an inline script: the Content-Security-Policy runs only the application's files and nonce'd scripts.
function pdExportStart() { document.getElementById('orders-exporting').hidden = false; }
function pdExportStop() { document.getElementById('orders-exporting').hidden = true; }
