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

// Narrow screens: each table row becomes a small card whose cells name their column (CSS reads
// data-label). Set here, from the table's own header, so that no template can forget a label.
document.addEventListener("DOMContentLoaded", () => {
  for (const table of document.querySelectorAll("table")) {
    const names = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim());
    for (const row of table.querySelectorAll("tbody tr")) {
      [...row.children].forEach((cell, i) => { if (names[i]) cell.dataset.label = names[i]; });
    }
  }
});

// Numbers written exactly as the page's tables write them: the server sends the reader's symbols
// (Babel's CLDR data), so a chart never says 4.500 where the table says 4’500.
function numberFormat(format) {
  const plain = (value, minDigits, maxDigits) => {
    const [whole, fraction = ""] = Math.abs(value).toFixed(maxDigits).split(".");
    let digits = fraction.replace(/0+$/, "");
    while (digits.length < minDigits) digits += "0";
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, format.group);
    return (value < 0 ? "-" : "") + grouped + (digits ? format.decimal + digits : "");
  };
  return {
    number: (value) => plain(value, 0, 3),
    // Two decimals at least, up to eight: a request often costs a fraction of a cent.
    amount: (value) => plain(value, 2, 8),
    money: (value) => format.money_prefix + plain(value, 2, 8) + format.money_suffix,
  };
}

document.addEventListener("DOMContentLoaded", () => {
  const source = document.getElementById("usage-data");
  if (!source || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  const palette = ["#24528f", "#1f7a4d", "#b5651d", "#7b3f99", "#a52a2a", "#2a8a8a", "#6b6b2a", "#555"];
  const formats = numberFormat(data.format);
  // Smaller series are drawn last (on top) and every non-zero bar is at least 4 px high, so a
  // model with a few tokens stays visible next to one with thousands. Zeros arrive as null: no bar.
  const total = (values) => values.reduce((sum, value) => sum + (value || 0), 0);
  const datasets = (values) => data.models.map((model, i) => ({
    label: model, data: values[i], backgroundColor: palette[i % palette.length], stack: "models",
    minBarLength: 4, maxBarThickness: 36, order: total(values[i]),
  }));
  const options = (tick, tip, precision) => ({
    responsive: true, animation: false,
    scales: {
      x: { stacked: true },
      y: { stacked: true, beginAtZero: true, ticks: { precision, callback: (value) => tick(value) } },
    },
    plugins: {
      legend: { position: "bottom" },
      tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${tip(item.raw)}` } },
    },
  });
  new Chart(document.getElementById("chart-tokens"), {
    type: "bar", data: { labels: data.labels, datasets: datasets(data.tokens) },
    options: options(formats.number, formats.number, 0),
  });
  const cost = document.getElementById("chart-cost");
  if (cost) {
    new Chart(cost, {
      type: "bar", data: { labels: data.labels, datasets: datasets(data.cost) },
      options: options(formats.amount, formats.money, undefined),
    });
  }
});
