// Tarnkappe console: the copy button, confirmations, and the usage charts. No inline script:
// the Content-Security-Policy allows scripts from /console/static/ only.
"use strict";

document.addEventListener("click", async (event) => {
  const button = event.target.closest("button[data-copy]");
  if (!button) return;
  const field = document.getElementById(button.dataset.copy);
  field.select();
  try {
    await navigator.clipboard.writeText(field.value);
  } catch (error) {
    document.execCommand("copy"); // older browsers, or a page not served over https
  }
  const label = button.textContent;
  button.textContent = button.dataset.copied;
  setTimeout(() => { button.textContent = label; }, 2000);
});

document.addEventListener("submit", (event) => {
  const message = event.target.dataset.confirm;
  if (message && !window.confirm(message)) event.preventDefault();
});

document.addEventListener("DOMContentLoaded", () => {
  const source = document.getElementById("usage-data");
  if (!source || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  const palette = ["#24528f", "#1f7a4d", "#b5651d", "#7b3f99", "#a52a2a", "#2a8a8a", "#6b6b2a", "#555"];
  const datasets = (values) => data.models.map((model, i) => ({
    label: model, data: values[i], backgroundColor: palette[i % palette.length], stack: "models",
  }));
  // Numbers in the page's language; costs of a few requests are fractions of a cent.
  const number = new Intl.NumberFormat(document.documentElement.lang, { maximumSignificantDigits: 3 });
  const options = {
    responsive: true, animation: false,
    scales: {
      x: { stacked: true },
      y: { stacked: true, beginAtZero: true, ticks: { callback: (value) => number.format(value) } },
    },
    plugins: {
      legend: { position: "bottom" },
      tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${number.format(item.raw)}` } },
    },
  };
  new Chart(document.getElementById("chart-tokens"), { type: "bar", data: { labels: data.labels, datasets: datasets(data.tokens) }, options });
  new Chart(document.getElementById("chart-cost"), { type: "bar", data: { labels: data.labels, datasets: datasets(data.cost) }, options });
});
