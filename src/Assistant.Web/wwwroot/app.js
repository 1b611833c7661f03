"use strict";

// Chat page: streams answers from /api/chat/stream (Server-Sent Events over fetch) and shows them sentence by
// sentence, with citations (document, heading, section), suggestions and feedback. A new question's turn is
// scrolled to the top of the screen so the start of its answer is in view above the input.
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

  // Pause between two sentences shown: the API sends the answer at once, the page reads it out at a calm pace.
  const sentencePauseMs = 180;

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
      await turn.shown;
    } catch (error) {
      const message = error instanceof TypeError ? messages.network : error.message;
      turn.failed = true;
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
        for (const sentence of sentences(JSON.parse(data).text)) later(turn, () => reveal(turn, sentence));
        break;
      case "answer": {
        const answer = JSON.parse(data);
        later(turn, () => showAnswer(turn, answer));
        break;
      }
      case "error":
        throw new Error(JSON.parse(data).message || messages.failed);
      default:
        break;
    }
  }

  // Runs step after everything the turn has queued before it, unless the turn failed meanwhile.
  function later(turn, step) {
    turn.shown = turn.shown.then(() => (turn.failed ? undefined : step()));
  }

  // Appends one sentence; the first appears at once, each next one after a short pause.
  async function reveal(turn, sentence) {
    if (turn.text.textContent.length > 0) await new Promise((resolve) => setTimeout(resolve, sentencePauseMs));
    turn.text.textContent += sentence;
  }

  // A text cut after each sentence end (". ", "? ", "…") and each line break, nothing lost.
  function sentences(text) {
    return text.split(/(?<=\n|[.!?…:]\s)(?=\S)/).filter((piece) => piece.length > 0);
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
    const previous = log.lastElementChild;
    if (previous) previous.style.minHeight = "";
    log.appendChild(node);
    // The newest turn can fill the screen above the input, so it can be scrolled to the top however short it is.
    node.style.minHeight = `${Math.max(0, window.innerHeight - form.getBoundingClientRect().height - 16)}px`;
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    node.scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "auto" });
    return {
      node,
      reply: node.querySelector(".reply"),
      text: node.querySelector(".answer-text"),
      answers: 0,
      shown: Promise.resolve(),
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
      button.textContent = `[${index + 1}] ${documentName(citation)} — ${sectionLabel(citation.section)}`;
      const heading = nearestHeading(citation);
      if (heading) {
        const line = document.createElement("span");
        line.className = "citation-heading";
        line.textContent = heading;
        button.appendChild(line);
      }
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

  function documentName(citation) {
    return citation.shortTitle || citation.title;
  }

  // The heading right above the passage ("b) Sở Văn hóa, Thể thao và Du lịch"), unless the passage starts with it.
  function nearestHeading(citation) {
    const headings = citation.headings || [];
    const last = headings.length ? headings[headings.length - 1] : "";
    return last && !citation.text.startsWith(last) ? last : "";
  }

  function openPassage(citation) {
    const label = sectionLabel(citation.section);
    document.getElementById("passage-title").textContent = citation.title;
    document.getElementById("passage-section").textContent = `${label.charAt(0).toUpperCase()}${label.slice(1)} · ${documentName(citation)}`;
    document.getElementById("passage-trail").replaceChildren(...(citation.headings || []).map((heading) => {
      const item = document.createElement("li");
      item.textContent = heading;
      return item;
    }));
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
