// PLACEHOLDER — the embed entry is built in issue 4 (embeds).
document.getElementById("root")!.textContent = "Embeds are not available yet.";
