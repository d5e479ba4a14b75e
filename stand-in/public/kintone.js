// The stand-in's `kintone` global: the part of kintone's JavaScript API the plugin uses, talking to the
// stand-in server. A classic script with no inline parts, so pages can run under a strict CSP. The page's
// query string picks the app, language and failure scenario (forwarded to the server as headers).
(function () {
  'use strict';
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var guestSpaceId = root.getAttribute('data-guest-space-id');
  var pageToken = Math.random().toString(36).slice(2);
  // This page's kintone.api requests sent and not yet settled (reported by getConcurrencyLimit).
  var inFlight = 0;
  var SCENARIO = {
    latency: 'latency',
    fail: 'fail',
    failPath: 'fail-path',
    failCode: 'fail-code',
    failBody: 'fail-body',
    busy: 'busy',
    drop: 'drop',
    malformed: 'malformed',
    hang: 'hang',
    userApi: 'user-api',
    deploy: 'deploy',
  };

  function scenarioHeaders() {
    var headers = { 'X-Requested-With': 'XMLHttpRequest', 'x-standin-page': pageToken };
    Object.keys(SCENARIO).forEach(function (param) {
      if (query.has(param)) headers['x-standin-' + SCENARIO[param]] = query.get(param);
    });
    // The page's size switches: recipients of the large app, apps in the domain (apps.json).
    var sizes = ['recipients', 'apps']
      .filter(function (name) {
        return query.has(name);
      })
      .map(function (name) {
        return name + '=' + encodeURIComponent(query.get(name));
      });
    if (sizes.length) headers['x-standin-query'] = sizes.join('&');
    return headers;
  }

  // kintone's encoding of GET params: arrays as key[0]=a&key[1]=b, objects as key.sub=…
  function encodeParams(params, prefix, out) {
    Object.keys(params || {}).forEach(function (key) {
      var value = params[key];
      var name = prefix ? prefix + '.' + key : key;
      if (Array.isArray(value))
        value.forEach(function (v, i) {
          out.push(encodeURIComponent(name + '[' + i + ']') + '=' + encodeURIComponent(v));
        });
      else if (value !== null && typeof value === 'object') encodeParams(value, name, out);
      else if (value !== undefined) out.push(encodeURIComponent(name) + '=' + encodeURIComponent(value));
    });
    return out;
  }

  function request(pathOrUrl, method, params) {
    var headers = scenarioHeaders();
    var url = pathOrUrl;
    var init = { method: method, headers: headers };
    if (method === 'GET') {
      var qs = encodeParams(params, '', []).join('&');
      if (qs) url += (url.indexOf('?') === -1 ? '?' : '&') + qs;
    } else {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(params || {});
    }
    // A network failure rejects with fetch's TypeError, as kintone.api does with its XHR error.
    inFlight++;
    return fetch(url, init)
      .then(function (res) {
        return res.text().then(function (text) {
          var body;
          try {
            body = JSON.parse(text);
          } catch (e) {
            // kintone.api rejects with the error body parsed as JSON, or with the raw response text when it is
            // not JSON (kintone's JavaScript API reference); the HTTP status never reaches the caller.
            if (!res.ok) throw text;
            throw new SyntaxError('The response body is not JSON');
          }
          if (!res.ok) throw body;
          // The moment the answer is in the page's hands: the benchmark times the plugin's work from here.
          if (performance.mark) performance.mark('standin:answer', { detail: url });
          return body;
        });
      })
      .finally(function () {
        inFlight--;
      });
  }

  function api(pathOrUrl, method, params, callback, errback) {
    var promise = request(pathOrUrl, method, params);
    if (typeof callback !== 'function') return promise;
    promise.then(callback, typeof errback === 'function' ? errback : function () {});
  }

  api.url = function (path, detectGuestSpace) {
    var rest = path.replace(/^\/k\//, '').replace(/\.json$/, '');
    var base = detectGuestSpace && guestSpaceId ? '/k/guest/' + guestSpaceId + '/' : '/k/';
    return location.origin + base + rest + '.json';
  };
  api.urlForGet = function (path, params, detectGuestSpace) {
    return api.url(path, detectGuestSpace) + '?' + encodeParams(params, '', []).join('&');
  };
  // kintone's reference ("kintone REST API同時接続数を取得する", cybozu.dev) says `running` is the domain's current
  // number of concurrent REST requests; it does not say whether the calling page's own requests are in it.
  // UNVERIFIED — the stand-in counts them, on top of `others` (the page's query param: what other integrations have running); the
  // plugin must not rely on either. window.standinConcurrencyCalls lets tests count how often the plugin asks.
  api.getConcurrencyLimit = function () {
    window.standinConcurrencyCalls = (window.standinConcurrencyCalls || 0) + 1;
    var others = Math.max(0, Number(query.get('others')) || 0);
    return Promise.resolve({ limit: 100, running: others + inFlight });
  };

  var handlers = {};
  var configKey = function (pluginId) {
    return 'standin-plugin-config:' + (root.getAttribute('data-app-id') || '') + ':' + pluginId;
  };

  window.kintone = {
    api: api,
    $PLUGIN_ID: root.getAttribute('data-plugin-id') || '',
    app: {
      getId: function () {
        var id = Number(root.getAttribute('data-app-id') || query.get('app'));
        return id > 0 ? id : null;
      },
      getHeaderMenuSpaceElement: function () {
        return document.getElementById('standin-header-menu-space');
      },
      getHeaderSpaceElement: function () {
        return document.getElementById('standin-header-menu-space');
      },
      // The record details screen (/k/{app}/show#record={id}).
      record: {
        getId: function () {
          var id = Number(new URLSearchParams(location.hash.slice(1)).get('record'));
          return id > 0 ? id : null;
        },
        getHeaderMenuSpaceElement: function () {
          return document.getElementById('standin-record-menu-space');
        },
      },
      // kintone.app.getPermissions (record screens): editApp is App Management permission. Whether the
      // real one asks the server is not documented; the stand-in answers from the page and counts the
      // calls (window.standinPermissionCalls) so tests and the bench can count probes per page load.
      // permissionsApi=off leaves it out, like a kintone version without it.
      getPermissions:
        query.get('permissionsApi') === 'off'
          ? undefined
          : function () {
              window.standinPermissionCalls = (window.standinPermissionCalls || 0) + 1;
              return Promise.resolve({ addRecord: true, editApp: root.getAttribute('data-may-manage') !== 'false' });
            },
    },
    plugin: {
      app: {
        getConfig: function (pluginId) {
          try {
            return JSON.parse(localStorage.getItem(configKey(pluginId)) || '{}');
          } catch (e) {
            return {};
          }
        },
        setConfig: function (config, callback) {
          var strings = {};
          Object.keys(config || {}).forEach(function (k) {
            strings[k] = String(config[k]);
          });
          localStorage.setItem(configKey(window.kintone.$PLUGIN_ID), JSON.stringify(strings));
          if (typeof callback === 'function') setTimeout(callback, 0);
          else location.href = '/';
        },
      },
    },
    getLoginUser: function () {
      return {
        id: '1',
        code: query.get('user') || 'sato',
        name: 'Sato Hiroshi',
        email: 'sato@example.com',
        url: '',
        employeeNumber: '',
        phone: '',
        mobilePhone: '',
        extensionNumber: '',
        timezone: 'Asia/Tokyo',
        isGuest: false,
        language: query.get('lang') || 'en',
      };
    },
    getUiVersion: function () {
      return 2;
    },
    events: {
      on: function (types, handler) {
        [].concat(types).forEach(function (t) {
          (handlers[t] = handlers[t] || []).push(handler);
        });
      },
      off: function (types, handler) {
        if (!types) return ((handlers = {}), true);
        [].concat(types).forEach(function (t) {
          handlers[t] = handler
            ? (handlers[t] || []).filter(function (h) {
                return h !== handler;
              })
            : [];
        });
        return true;
      },
    },
  };

  // The plugin's scripts run right after this one: the benchmark times "after the script starts" from here.
  if (window.performance && performance.mark) performance.mark('standin:plugin-scripts-start');

  // Record pages: fire app.record.index.show (list) or app.record.detail.show (details) once the plugin's
  // scripts (after this one) have run.
  if (root.getAttribute('data-screen') === 'desktop' && root.getAttribute('data-view') === 'detail') {
    window.addEventListener('DOMContentLoaded', function () {
      (handlers['app.record.detail.show'] || []).forEach(function (h) {
        h({
          type: 'app.record.detail.show',
          appId: window.kintone.app.getId(),
          recordId: window.kintone.app.record.getId(),
        });
      });
    });
  } else if (root.getAttribute('data-screen') === 'desktop') {
    window.addEventListener('DOMContentLoaded', function () {
      (handlers['app.record.index.show'] || []).forEach(function (h) {
        h({
          type: 'app.record.index.show',
          appId: window.kintone.app.getId(),
          viewId: 1,
          viewName: 'All records',
          records: [],
        });
      });
    });
  }
})();
