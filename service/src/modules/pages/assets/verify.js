// The magic-link landing page. Reading the page consumes nothing (mail scanners fetch links); only this
// Continue button's POST does. The session token is kept where <foyer-portal> looks for it: the page's
// localStorage, namespaced by API origin and portal.
(function () {
  var root = document.getElementById('verify');
  var button = document.getElementById('continue');
  var message = document.getElementById('message');
  if (!root || !button || !message) return;
  var portal = root.getAttribute('data-portal');
  var api = root.getAttribute('data-api');
  var token = new URLSearchParams(location.hash.slice(1)).get('token');
  // Keep the token out of the address bar, history and any later Referer.
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  if (!token) {
    message.textContent = 'This sign-in link is incomplete. Open the link from the email again, or ask for a new one.';
    message.className = 'error';
    button.textContent = 'Go to the portal';
    button.addEventListener('click', function () {
      location.assign('/p/' + portal);
    });
    return;
  }
  button.addEventListener('click', function () {
    if (!token) {
      location.assign('/p/' + portal);
      return;
    }
    button.disabled = true;
    message.textContent = 'Signing you in…';
    message.className = '';
    fetch(api + '/v1/portals/' + portal + '/verifications/confirm', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: token }),
    })
      .then(function (res) {
        return res.json().then(function (body) {
          return { ok: res.ok, body: body };
        });
      })
      .then(function (result) {
        if (!result.ok) throw new Error(result.body && result.body.detail ? result.body.detail : 'This link did not work.');
        var key = 'foyer:session:' + new URL(api).origin + ':' + portal;
        localStorage.setItem(key, JSON.stringify({ token: result.body.session_token, expires_at: result.body.expires_at }));
        location.replace('/p/' + portal);
      })
      .catch(function (err) {
        message.textContent = err.message + ' Ask for a new sign-in email from the portal.';
        message.className = 'error';
        button.disabled = false;
        button.textContent = 'Go to the portal';
        token = null; // the next click goes to the portal's sign-in screen
      });
  });
})();
