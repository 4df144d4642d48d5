/*
 * The idle warning: p:idleMonitor calls posdeskIdle.warn() after the quiet spell; the dialog
 * counts down the seconds left (data-seconds on #idle-countdown) and then presses the hidden
 * sign-out button, which signs out on the server and shows the login page with the reason.
 * "Stay signed in" reaches the server (renewing the session) and calls posdeskIdle.stay().
 * A file, not inline script, so a Content-Security-Policy without 'unsafe-inline' allows it.
 */
var posdeskIdle = (function () {
    var timer = null;

    function stop() {
        if (timer !== null) {
            clearInterval(timer);
            timer = null;
        }
    }

    function warn() {
        var counter = document.getElementById('idle-countdown');
        var left = parseInt(counter.getAttribute('data-seconds'), 10);
        stop();
        counter.textContent = left;
        PF('idleWarning').show();
        timer = setInterval(function () {
            left -= 1;
            counter.textContent = Math.max(left, 0);
            if (left <= 0) {
                stop();
                document.getElementById('idle-sign-out-now').click();
            }
        }, 1000);
    }

    function stay() {
        stop();
        PF('idleWarning').hide();
        var monitor = PF('idleMonitor');
        if (monitor && monitor.reset) {
            monitor.reset();
        }
    }

    return {warn: warn, stay: stay};
})();
