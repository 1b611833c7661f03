"use strict";

// Chat page: streams answers from /api/chat/stream (Server-Sent Events over fetch), shows citations, takes feedback.
(() => {
  const form = document.getElementById("ask-form");
  const input = document.getElementById("question");
  const send = document.getElementById("send");
  const log = document.getElementById("log");
  const status = document.getElementById("status");
  const template = document.getElementById("turn-template");
  const dialog = document.getElementById("passage");
  let conversationId = sessionStorage.getItem("conversationId");
  let busy = false;

  const messages = {
    network: "Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng rồi thử lại.",
    failed: "Rất tiếc, đã có lỗi khi trả lời. Vui lòng thử lại sau.",
    feedbackFailed: "Chưa gửi được đánh giá. Vui lòng thử lại.",
    feedbackThanks: "Cảm ơn bạn đã góp ý!",
  };

  document.querySelectorAll(".starter").forEach((button) =>
    button.addEventListener("click", () => ask(button.textContent.trim())));

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    ask(input.value.trim());
  });

  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  async function ask(question) {
    if (!question || busy) return;
    busy = true;
    send.disabled = true;
    status.textContent = "";
    input.value = "";
    const turn = addTurn(question);
    try {
      const response = await fetch("/api/chat/stream", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "text/event-stream" },
        body: JSON.stringify({ question, conversationId }),
      });
      if (!response.ok) {
        const problem = await response.json().catch(() => null);
        throw new Error((problem && problem.detail) || messages.failed);
      }
      await readEvents(response.body, (type, data) => handle(turn, type, data));
    } catch (error) {
      const message = error instanceof TypeError ? messages.network : error.message;
      turn.text.textContent = message;
      status.textContent = message;
    } finally {
      turn.reply.setAttribute("aria-busy", "false");
      busy = false;
      send.disabled = false;
      input.focus();
    }
  }

  function handle(turn, type, data) {
    switch (type) {
      case "delta":
        turn.text.textContent += JSON.parse(data).text;
        break;
      case "answer":
        showAnswer(turn, JSON.parse(data));
        break;
      case "error":
        throw new Error(JSON.parse(data).message || messages.failed);
      default:
        break;
    }
  }

  // Reads a text/event-stream body and calls onEvent(type, data) for each event, in order.
  async function readEvents(body, onEvent) {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      buffer += decoder.decode(value || new Uint8Array(), { stream: !done });
      let end;
      while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, "");
        let type = "message";
        const data = [];
        for (const line of block.split(/\r?\n/)) {
          if (line.startsWith("event:")) type = line.slice(6).trim();
          else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
        }
        if (data.length) onEvent(type, data.join("\n"));
      }
      if (done) return;
    }
  }

  function addTurn(question) {
    document.getElementById("starters").hidden = true;
    const node = template.content.firstElementChild.cloneNode(true);
    node.querySelector(".asked").textContent = question;
    log.appendChild(node);
    node.scrollIntoView({ block: "end", behavior: "smooth" });
    return {
      node,
      reply: node.querySelector(".reply"),
      text: node.querySelector(".answer-text"),
      answers: 0,
    };
  }

  // An answer event carries the full answer; a later one replaces what was shown.
  function showAnswer(turn, answer) {
    turn.answers += 1;
    conversationId = answer.conversationId;
    sessionStorage.setItem("conversationId", conversationId);
    const streamed = turn.text.textContent.trim();
    const corrected = turn.answers > 1 || (streamed.length > 0 && streamed !== answer.answer.trim());
    turn.text.textContent = answer.answer;
    turn.node.querySelector(".corrected").hidden = !corrected;
    turn.node.dataset.answerId = answer.id;

    const citations = turn.node.querySelector(".citations");
    const list = turn.node.querySelector(".citation-list");
    list.replaceChildren(...answer.citations.map((citation, index) => {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "citation";
      button.textContent = `[${index + 1}] ${citation.title} — ${sectionLabel(citation.section)}`;
      button.addEventListener("click", () => openPassage(citation));
      item.appendChild(button);
      return item;
    }));
    citations.hidden = answer.citations.length === 0;

    const suggestions = turn.node.querySelector(".suggestions");
    const suggestionList = turn.node.querySelector(".suggestion-list");
    suggestionList.replaceChildren(...(answer.suggestions || []).map((text) => {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "suggestion";
      button.textContent = text;
      button.addEventListener("click", () => ask(text));
      item.appendChild(button);
      return item;
    }));
    suggestions.hidden = suggestionList.children.length === 0;

    setUpFeedback(turn.node, answer);
  }

  // "III.4.a" reads "mục III.4.a"; named parts ("Mở đầu", "Điều 1", "Nơi nhận") read as they are.
  function sectionLabel(section) {
    return /^[0-9IVXLC]/.test(section) ? `mục ${section}` : section.charAt(0).toLowerCase() + section.slice(1);
  }

  function openPassage(citation) {
    const label = sectionLabel(citation.section);
    document.getElementById("passage-title").textContent = citation.title;
    document.getElementById("passage-section").textContent = `${label.charAt(0).toUpperCase()}${label.slice(1)} · ${citation.doc}`;
    document.getElementById("passage-text").textContent = citation.text;
    dialog.showModal();
    document.getElementById("passage-close").focus();
  }

  function setUpFeedback(node, answer) {
    const box = node.querySelector(".feedback");
    if (box.dataset.ready) return;
    box.dataset.ready = "1";
    box.hidden = false;
    const more = box.querySelector(".feedback-more");
    const thanks = box.querySelector(".feedback-thanks");
    let rating = null;
    for (const [selector, value] of [[".feedback-up", "up"], [".feedback-down", "down"]]) {
      const button = box.querySelector(selector);
      button.setAttribute("aria-pressed", "false");
      button.addEventListener("click", () => {
        rating = value;
        box.querySelectorAll(".feedback-up, .feedback-down").forEach((b) => b.setAttribute("aria-pressed", String(b === button)));
        more.hidden = false;
        box.querySelector(".feedback-comment").focus();
      });
    }
    box.querySelector(".feedback-send").addEventListener("click", async () => {
      const comment = box.querySelector(".feedback-comment").value.trim();
      try {
        const response = await fetch("/api/feedback", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ conversationId: answer.conversationId, answerId: node.dataset.answerId, rating, comment: comment || null }),
        });
        const body = await response.json().catch(() => null);
        if (!response.ok) throw new Error((body && body.detail) || messages.feedbackFailed);
        more.hidden = true;
        box.querySelectorAll("button").forEach((b) => { b.disabled = true; });
        thanks.textContent = (body && body.message) || messages.feedbackThanks;
        thanks.hidden = false;
      } catch (error) {
        thanks.textContent = error instanceof TypeError ? messages.network : error.message;
        thanks.hidden = false;
      }
    });
  }
})();
