// imkg explorer: small progressive enhancements. Every page works without this file.
"use strict";

(function () {
  function debounce(fn, ms) {
    let timer = null;
    return function (...args) {
      clearTimeout(timer);
      timer = setTimeout(() => fn.apply(this, args), ms);
    };
  }

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Search: an ARIA 1.2 combobox with a listbox of suggestions from /api/search.
  function setupSearch() {
    const input = document.getElementById("search-input");
    const list = document.getElementById("search-suggestions");
    if (!input || !list) return;
    let items = [];
    let active = -1;
    let latest = 0;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      const options = list.querySelectorAll('[role="option"]');
      options.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function open(slug) {
      window.location.href = "/concept/" + encodeURIComponent(slug);
    }

    function render(results) {
      // Late suggestions (a slow answer to an earlier keystroke) keep the option the reader
      // has already moved to, when it is still offered; Enter then opens it.
      const chosen = active >= 0 && items[active] ? items[active].slug : null;
      items = results;
      list.replaceChildren();
      results.forEach((hit, i) => {
        const option = el("li", { role: "option", id: "suggestion-" + i, "aria-selected": "false", "data-slug": hit.slug });
        option.append(el("span", { class: "label" }, hit.label));
        if (hit.kind) option.append(el("span", { class: "kind" }, hit.kind));
        option.addEventListener("mousedown", (event) => event.preventDefault());
        option.addEventListener("click", () => open(hit.slug));
        list.append(option);
      });
      if (results.length === 0) return close();
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      highlight(results.findIndex((hit) => hit.slug === chosen));
    }

    const fetchSuggestions = debounce(async () => {
      const query = input.value.trim();
      const ticket = ++latest;
      if (query.length < 2) return close();
      try {
        const response = await fetch("/explorer/suggest?q=" + encodeURIComponent(query));
        const data = await response.json();
        if (ticket === latest) render(data.results || []);
      } catch (error) {
        close();
      }
    }, 150);

    input.addEventListener("input", fetchSuggestions);
    input.addEventListener("keydown", (event) => {
      const expanded = !list.hidden && items.length > 0;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (!expanded) return fetchSuggestions();
        highlight((active + 1) % items.length);
      } else if (event.key === "ArrowUp" && expanded) {
        event.preventDefault();
        highlight(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === "Enter" && expanded && active >= 0) {
        event.preventDefault();
        open(items[active].slug);
      } else if (event.key === "Escape" && expanded) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", () => setTimeout(close, 100));
  }

  // Ask: fetch the server-rendered answer and swap it in without a page load.
  function setupAsk() {
    const form = document.getElementById("ask-form");
    const target = document.getElementById("ask-result");
    if (!form || !target) return;
    form.addEventListener("submit", async (event) => {
      const question = document.getElementById("ask-input").value.trim();
      if (!question) return;
      event.preventDefault();
      const status = document.getElementById("ask-status");
      status.textContent = "Thinking…";
      const url = "/ask?q=" + encodeURIComponent(question);
      try {
        const response = await fetch(url + "&fragment=1");
        target.innerHTML = await response.text();
        history.replaceState(null, "", url);
        status.textContent = "";
      } catch (error) {
        status.textContent = "Could not reach the server; the form still works without JavaScript.";
      }
    });
  }

  // SPARQL console: run queries against /sparql and draw the results as a table.
  function cellNode(term) {
    if (!term) return el("td", {}, "");
    const cell = el("td");
    if (term.type === "uri") {
      const prefix = "https://w3id.org/imkg/concept/";
      // Only web IRIs become links: a query can return IRI("javascript:...").
      if (term.value.startsWith(prefix)) {
        cell.append(el("a", { href: "/concept/" + term.value.slice(prefix.length) }, term.value));
      } else if (/^https?:\/\//i.test(term.value)) {
        cell.append(el("a", { href: term.value }, term.value));
      } else {
        cell.textContent = term.value;
      }
    } else {
      cell.textContent = term.value;
    }
    return cell;
  }

  function renderResults(target, data) {
    target.replaceChildren();
    if (typeof data.boolean === "boolean") {
      target.append(el("p", { class: "answer" }, "ASK result: " + (data.boolean ? "true" : "false")));
      return;
    }
    const vars = data.head.vars;
    const rows = data.results.bindings;
    target.append(el("p", { class: "status" }, rows.length + (rows.length === 1 ? " row" : " rows")));
    const wrap = el("div", { class: "table-scroll" });
    const table = el("table", { id: "sparql-results-table" });
    const head = el("tr");
    vars.forEach((name) => head.append(el("th", { scope: "col" }, name)));
    const thead = el("thead");
    thead.append(head);
    table.append(thead);
    const body = el("tbody");
    rows.forEach((row) => {
      const tr = el("tr");
      vars.forEach((name) => tr.append(cellNode(row[name])));
      body.append(tr);
    });
    table.append(body);
    wrap.append(table);
    target.append(wrap);
  }

  function setupConsole() {
    const form = document.getElementById("sparql-form");
    const input = document.getElementById("sparql-input");
    const target = document.getElementById("sparql-results");
    if (!form || !input || !target) return;

    async function run() {
      const status = document.getElementById("sparql-status");
      status.textContent = "Running…";
      try {
        const response = await fetch("/sparql", {
          method: "POST",
          headers: {
            "Content-Type": "application/x-www-form-urlencoded",
            Accept: "application/sparql-results+json, text/turtle;q=0.9",
          },
          body: new URLSearchParams({ query: input.value }),
        });
        const type = response.headers.get("content-type") || "";
        if (!response.ok) {
          target.replaceChildren(el("p", { class: "error", role: "alert" }, await response.text()));
        } else if (type.includes("json")) {
          renderResults(target, await response.json());
        } else {
          target.replaceChildren(el("pre", {}, await response.text()));
        }
        history.replaceState(null, "", "/console?query=" + encodeURIComponent(input.value));
        status.textContent = "";
      } catch (error) {
        status.textContent = "Could not reach the SPARQL endpoint.";
      }
    }

    form.addEventListener("submit", (event) => {
      event.preventDefault();
      run();
    });
    document.querySelectorAll("#sparql-examples [data-query]").forEach((link) => {
      link.addEventListener("click", (event) => {
        event.preventDefault();
        input.value = link.getAttribute("data-query");
        run();
      });
    });
  }

  // Diagrams: pointing at or tabbing to a box picks out its arrows (ids edge-{cause}--{effect})
  // and dims the rest, so the arrows that meet at a busy box can be told apart.
  function setupDiagrams() {
    document.querySelectorAll("svg.diagram").forEach((svg) => {
      const edges = Array.from(svg.querySelectorAll("path.edge[id]"));
      function pick(slug) {
        svg.classList.toggle("picking", slug !== null);
        edges.forEach((edge) => {
          const [cause, effect] = edge.id.slice("edge-".length).split("--");
          edge.classList.toggle("picked", slug !== null && (cause === slug || effect === slug));
        });
      }
      svg.querySelectorAll("a.node[id]").forEach((node) => {
        const slug = node.id.slice("node-".length);
        ["mouseenter", "focus"].forEach((name) => node.addEventListener(name, () => pick(slug)));
        ["mouseleave", "blur"].forEach((name) => node.addEventListener(name, () => pick(null)));
      });
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    setupSearch();
    setupAsk();
    setupConsole();
    setupDiagrams();
  });
})();
