// A smoke test in the engines readers have besides Chromium: WebKitGTK
// (Safari's family: Debian's webkit2gtk-driver, its MiniBrowser under Xvfb)
// and Firefox ESR (geckodriver), driven over plain WebDriver HTTP. Every
// view, the embed, a keyboard tooltip and an invalid dataset's alert.
//
// The test command installs the engines and sets PANTAU_ENGINES=1
// (scripts/setup.sh, setup_engines); without it this file is skipped.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { serve, EMBED_PAGE } from "./lib.mjs";

const ENABLED = process.env.PANTAU_ENGINES === "1";
const DISPLAY = process.env.PANTAU_XVFB_DISPLAY || ":97";

const ENGINES = {
  webkit: {
    command: "WebKitWebDriver",
    args: (port) => [`--port=${port}`],
    capabilities: {
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser", args: ["--automation"] },
    },
  },
  firefox: {
    command: process.env.GECKODRIVER || "geckodriver",
    args: (port) => ["--port", String(port)],
    capabilities: { browserName: "firefox", "moz:firefoxOptions": { binary: "/usr/bin/firefox-esr", args: ["-headless"] } },
  },
};

let server, xvfb;
before(async () => {
  if (!ENABLED) return;
  server = await serve({
    routes: {
      "/fx/broken.json": (req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"format": "pantau/1",\n  "id": ');
      },
    },
  });
  xvfb = spawn("Xvfb", [DISPLAY, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], { stdio: "ignore" });
  await sleep(500);
});
after(async () => {
  xvfb?.kill();
  await server?.close();
});

/** One WebDriver call; throws with the driver's message on failure. */
async function call(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  return json.value;
}

/** Starts `engine`'s driver and a session; returns helpers and a stop. */
async function start(engine, port) {
  const { command, args, capabilities } = ENGINES[engine];
  const driver = spawn(command, args(port), { env: { ...process.env, DISPLAY }, stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const ready = await call(base, "GET", "/status").then((s) => s.ready !== false, () => false);
    if (ready) break;
    await sleep(100);
  }
  const session = await call(base, "POST", "/session", { capabilities: { alwaysMatch: capabilities } });
  const s = `/session/${session.sessionId}`;
  const run = (script, ...args) => call(base, "POST", `${s}/execute/sync`, { script, args });
  return {
    go: (url) => call(base, "POST", `${s}/url`, { url }),
    run,
    press: (key) => call(base, "POST", `${s}/actions`, {
      actions: [{ type: "key", id: "keyboard", actions: [{ type: "keyDown", value: key }, { type: "keyUp", value: key }] }],
    }),
    /** Waits until the page's state is one of `states`; returns it. */
    async state(states, timeout = 30000) {
      const until = Date.now() + timeout;
      let now = null;
      while (Date.now() < until) {
        now = await run("return document.body ? document.body.dataset.state : null;").catch(() => null);
        if (states.includes(now)) return now;
        await sleep(100);
      }
      throw new Error(`${engine}: state stayed ${now}, wanted ${states}`);
    },
    async stop() {
      await call(base, "DELETE", s).catch(() => {});
      driver.kill();
    },
  };
}

for (const [engine, port] of [["webkit", 4517], ["firefox", 4518]]) {
  test(`${engine}: every view and the embed are ready, a key shows a tooltip, a broken dataset gets its alert`, { skip: !ENABLED && "PANTAU_ENGINES is not set (scripts/test sets it)" }, async () => {
    const b = await start(engine, port);
    try {
      for (const query of ["?view=trend&lang=en", "?view=coverage&lang=id", "?view=map&lang=en", "?view=table&lang=id", `${EMBED_PAGE}?lang=en`]) {
        await b.go(server.url(query));
        assert.equal(await b.state(["ready", "error"]), "ready", `${engine} ${query}`);
        const text = await b.run("return document.body.innerText;");
        assert.ok(text.includes("Tanjungpinang"), `${engine} ${query}: ${text.slice(0, 200)}`);
      }
      await b.go(server.url("?lang=en"));
      await b.state(["ready"]);
      await b.run("document.querySelector('canvas[role=img]').focus();");
      await b.press("\uE010"); // End: the last stop, the 2018 award
      let tip = "";
      for (let i = 0; i < 50 && !tip; i++) {
        tip = await b.run("var t = document.querySelector('[role=tooltip]'); return t && !t.hidden ? t.textContent : '';");
        if (!tip) await sleep(100);
      }
      assert.match(tip, /201\d/, `${engine}: tooltip ${tip}`);
      await b.go(server.url("?lang=en&data=/fx/broken.json"));
      assert.equal(await b.state(["ready", "error"]), "error", engine);
      const alert = await b.run("var a = document.querySelector('[role=alert]'); return a ? a.textContent : '';");
      assert.match(alert, /line 2/, `${engine}: ${alert}`);
    } finally {
      await b.stop();
    }
  });
}
