/*
 * The idle warning: p:idleMonitor calls posdeskIdle.warn() after the quiet spell; the dialog
 * counts down the seconds left (data-seconds on #idle-countdown) and then presses the hidden
 * sign-out button, which signs out on the server and shows the login page with the reason.
 * "Stay signed in" reaches the server (renewing the session) and calls posdeskIdle.stay().
 * Activity on the page (keys, clicks, wheel, mouse) is reported to the server at most once per
 * data-ping-millis of #idle-settings, so a user reading and scrolling without requests keeps the
 * session the page believes in. A file, not inline script, so a Content-Security-Policy without
 * 'unsafe-inline' allows it.
 */
var posdeskIdle = (function () {
    var timer = null;
    var warning = false;
    var lastPing = Date.now();

    function stop() {
        if (timer !== null) {
            clearInterval(timer);
            timer = null;
        }
        warning = false;
    }

    function warn() {
        var counter = document.getElementById('idle-countdown');
        var left = parseInt(counter.getAttribute('data-seconds'), 10);
        stop();
        warning = true;
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
        lastPing = Date.now();
        PF('idleWarning').hide();
        var monitor = PF('idleMonitor');
        if (monitor && monitor.reset) {
            monitor.reset();
        }
    }

    function activity() {
        var settings = document.getElementById('idle-settings');
        if (warning || !settings || typeof posdeskKeepAlive !== 'function') {
            return;
        }
        var every = parseInt(settings.getAttribute('data-ping-millis'), 10);
        if (Date.now() - lastPing >= every) {
            lastPing = Date.now();
            posdeskKeepAlive();
        }
    }

    ['keydown', 'mousedown', 'wheel', 'touchstart', 'mousemove'].forEach(function (type) {
        document.addEventListener(type, activity, {passive: true});
    });

    return {warn: warn, stay: stay};
})();
