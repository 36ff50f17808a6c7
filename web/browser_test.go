package web_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/server"
	"github.com/alliances-project/alliances/sqlstore"
	"github.com/alliances-project/alliances/storetest"
)

// browser is a headless Chromium driven through ChromeDriver's WebDriver protocol (plain
// HTTP and JSON: W3C WebDriver), one session.
type browser struct {
	t       *testing.T
	base    string // ChromeDriver's URL
	session string
}

// newBrowser starts ChromeDriver and a headless Chromium with a fresh profile. Without
// them the test is skipped, or fails when ALLIANCES_REQUIRE_BROWSER=1 (as CI runs it,
// having installed them).
func newBrowser(t *testing.T) *browser {
	t.Helper()
	driver, err := exec.LookPath("chromedriver")
	chrome := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			chrome = p
			break
		}
	}
	if err != nil || chrome == "" {
		msg := "no headless Chromium: install the Debian packages chromium and chromium-driver (.ci/run does)"
		if os.Getenv("ALLIANCES_REQUIRE_BROWSER") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	cmd := exec.Command(driver, fmt.Sprintf("--port=%d", port))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	b := &browser{t: t, base: fmt.Sprintf("http://127.0.0.1:%d", port)}
	deadline := time.Now().Add(20 * time.Second)
	for {
		var status struct {
			Ready bool `json:"ready"`
		}
		if err := b.call("GET", "/status", nil, &status); err == nil && status.Ready {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("chromedriver did not start")
		}
		time.Sleep(100 * time.Millisecond)
	}
	caps := map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"browserName": "chrome",
		"goog:chromeOptions": map[string]any{
			"binary": chrome,
			"args": []string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--user-data-dir=" + t.TempDir(), "--window-size=1400,900"},
		},
	}}}
	var created struct {
		SessionID string `json:"sessionId"`
	}
	if err := b.call("POST", "/session", caps, &created); err != nil {
		t.Fatal(err)
	}
	b.session = created.SessionID
	t.Cleanup(func() { b.call("DELETE", "/session/"+b.session, nil, nil) })
	return b
}

// call sends a WebDriver command and decodes its value into out.
func (b *browser) call(method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		data, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(data)
	}
	req, err := http.NewRequest(method, b.base+path, body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var reply struct {
		Value json.RawMessage `json:"value"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&reply); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s %s: %s: %s", method, path, resp.Status, reply.Value)
	}
	if out != nil {
		return json.Unmarshal(reply.Value, out)
	}
	return nil
}

func (b *browser) must(method, path string, in, out any) {
	b.t.Helper()
	if err := b.call(method, path, in, out); err != nil {
		b.t.Fatal(err)
	}
}

// run runs a script in the page and returns its value.
func (b *browser) run(script string, args ...any) any {
	b.t.Helper()
	if args == nil {
		args = []any{}
	}
	var v any
	b.must("POST", "/session/"+b.session+"/execute/sync", map[string]any{"script": script, "args": args}, &v)
	return v
}

// wait runs a script (with args) until it returns true.
func (b *browser) wait(what, script string, args ...any) {
	b.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if v, _ := b.run(script, args...).(bool); v {
			return
		}
		if time.Now().After(deadline) {
			b.t.Fatalf("waited 20 s for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// element finds an element by a CSS selector.
func (b *browser) element(css string) string {
	b.t.Helper()
	var found map[string]string
	b.must("POST", "/session/"+b.session+"/element", map[string]any{"using": "css selector", "value": css}, &found)
	for _, id := range found {
		return id
	}
	b.t.Fatalf("no element %s", css)
	return ""
}

// screenshot saves the window as a PNG in the test's artifact folder.
func (b *browser) screenshot(name string) {
	b.t.Helper()
	var data string
	b.must("GET", "/session/"+b.session+"/screenshot", nil, &data)
	png, err := base64.StdEncoding.DecodeString(data)
	if err != nil {
		b.t.Fatal(err)
	}
	path := filepath.Join(b.t.ArtifactDir(), name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.t.Logf("screenshot: %s", path)
}

func builtIn(t *testing.T) *sqlstore.DB {
	t.Helper()
	db, err := sqlstore.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	storetest.ImportBuiltIn(t, db)
	return db
}

// signsBetween is a script that lists the signs of the ties drawn between two actors.
const signsBetween = `const [a, b] = arguments;
return [...document.querySelectorAll("#ties path")]
  .filter(p => (p.dataset.from === a && p.dataset.to === b) || (p.dataset.from === b && p.dataset.to === a))
  .map(p => p.dataset.sign).sort().join(" ");`

// TestNetworkThroughTime drives the app as an analyst would, in a real headless
// Chromium: it opens the Afghanistan case in mid-2016, moves the slider by keyboard to
// mid-2021 and sees Hizb-e Islami's tie to the Taliban turn from hostile to friendly
// (the case's paragraphs 5 and 7: the Taliban targeted the party after its 2016 peace
// deal with Kabul; by 2021 the two were allied), opens that tie and reads its citation,
// and exports the picture as SVG, which names the case and the date.
func TestNetworkThroughTime(t *testing.T) {
	b := newBrowser(t)
	srv := httptest.NewServer(server.New(builtIn(t), nil))
	defer srv.Close()
	b.must("POST", "/session/"+b.session+"/url", map[string]any{"url": srv.URL + "/#case=afghanistan-2021&at=2016-06"}, nil)
	b.wait("the network of 2016-06", `return document.documentElement.dataset.at === "2016-06"`)
	t.Logf("first view drawn %v ms after the page began to load", b.run(`return document.documentElement.dataset.drawn`))
	if got := fmt.Sprint(b.run(signsBetween, "hizb-e-islami", "taliban")); got == "" || strings.Trim(got, "- ") != "" {
		t.Errorf("in 2016-06 the ties drawn between Hizb-e Islami and the Taliban have signs %q, want hostile ties only", got)
	}
	b.screenshot("network-2016-06")
	if got := fmt.Sprint(b.run(`return [...document.querySelectorAll("#case option")].map((o) => o.value).join(",")`)); got != "afghanistan-2021,idlib-2018-2019" {
		t.Errorf("the cases offered are %q, want the two built-in cases (the registry is no case to draw)", got)
	}
	if got := b.run(`return location.hash`); !strings.Contains(fmt.Sprint(got), "at=2016-06") {
		t.Errorf("the URL keeps the view as %v", got)
	}

	// Sixty steps to the right, as a person does with the arrow key: 2016-06 to 2021-06.
	slider := b.element("#date")
	b.must("POST", "/session/"+b.session+"/element/"+slider+"/value", map[string]any{"text": strings.Repeat("\uE014", 60)}, nil)
	b.wait("the network of 2021-06", `return document.documentElement.dataset.at === "2021-06" && document.getElementById("date-label").value === "2021-06"`)
	if got := fmt.Sprint(b.run(signsBetween, "hizb-e-islami", "taliban")); got == "" || strings.Trim(got, "+ ") != "" {
		t.Errorf("in 2021-06 the ties drawn between Hizb-e Islami and the Taliban have signs %q, want friendly ties only", got)
	}
	if got := b.run(`return location.hash`); !strings.Contains(fmt.Sprint(got), "at=2021-06") {
		t.Errorf("the URL keeps the view as %v, without the date", got)
	}

	tie := b.element(`#ties path[data-id="tie-hizb-taliban-friendship"]`)
	b.must("POST", "/session/"+b.session+"/element/"+tie+"/click", map[string]any{}, nil)
	b.wait("the tie's evidence", `return document.querySelector("#details h2")?.textContent === "Hizb-e Islami alliance Taliban"`)
	details := fmt.Sprint(b.run(`return document.getElementById("details").innerText`))
	for _, want := range []string{"Alliances Were Key to the Taliban Takeover of Afghanistan", "newlines-2021", "¶7", "credibility 2", "from an unknown date to June 2021", "History"} {
		if !strings.Contains(details, want) {
			t.Errorf("the evidence panel does not say %q:\n%s", want, details)
		}
	}
	b.screenshot("evidence-tie-hizb-taliban-friendship")

	svg := fmt.Sprint(b.run(`return window.alliancesExportSVG()`))
	for _, want := range []string{"<svg", "Alliances behind the Taliban takeover of Afghanistan, 2021: 2021-06", "layers alignment", `data-id="tie-hizb-taliban-friendship"`, "Source: the alliances record of case afghanistan-2021"} {
		if !strings.Contains(svg, want) {
			t.Errorf("the exported SVG does not hold %q", want)
		}
	}
	if err := os.WriteFile(filepath.Join(t.ArtifactDir(), "network-2021-06.svg"), []byte(svg), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestSupportMap opens the support map of the Taliban in 2021 and finds Pakistan, Iran
// and Russia among the supporters, on the map and in the ranking (the case's paragraphs
// 12, 14 and 15-19: Pakistan's support since 2004, Iran's growing from 2006, Russia's
// from 2016).
func TestSupportMap(t *testing.T) {
	b := newBrowser(t)
	srv := httptest.NewServer(server.New(builtIn(t), nil))
	defer srv.Close()
	b.must("POST", "/session/"+b.session+"/url", map[string]any{"url": srv.URL + "/#case=afghanistan-2021&at=2021-06&view=map&actor=taliban"}, nil)
	b.wait("the support map of the Taliban in 2021", `return document.documentElement.dataset.map === "taliban 2021"`)
	for _, a := range []string{"pakistan", "iran", "russia"} {
		row := fmt.Sprint(b.run(`return document.querySelector("#ranking tr[data-actor='" + arguments[0] + "']")?.innerText || ""`, a))
		if row == "" {
			t.Errorf("%s is not in the ranking of the Taliban's supporters in 2021", a)
		}
		if got := b.run(`return document.querySelectorAll("#arcs path[data-actor='" + arguments[0] + "']").length`, a); got != 1.0 {
			t.Errorf("%d arcs from %s to Afghanistan, want 1", got, a)
		}
	}
	if row := fmt.Sprint(b.run(`return document.querySelector("#ranking tr[data-actor='pakistan']").innerText`)); !strings.Contains(row, "tie-pakistan-support-2004") {
		t.Errorf("Pakistan's row does not name the tie behind its score: %s", row)
	}
	if got := b.run(`return document.querySelector("#countries path.recipient")?.dataset.country`); got != "004" {
		t.Errorf("the recipient's country on the map is %v, want Afghanistan (ISO 3166-1 004)", got)
	}
	b.screenshot("support-map-taliban-2021")
}

// TestProvinceMap opens the map of Afghanistan's provinces and finds the local actors the
// case places there at their provinces: Haji Zahir Qadir's militias in Nangarhar, the
// truckers and smugglers of Nimroz (the case's paragraphs 3 to 5).
func TestProvinceMap(t *testing.T) {
	b := newBrowser(t)
	srv := httptest.NewServer(server.New(builtIn(t), nil))
	defer srv.Close()
	b.must("POST", "/session/"+b.session+"/url", map[string]any{"url": srv.URL + "/#case=afghanistan-2021&at=2021-06&view=provinces&actor=taliban"}, nil)
	b.wait("the province map at 2021-06", `return document.documentElement.dataset.provinces === "taliban 2021-06"`)
	if got := b.run(`return document.querySelectorAll("#provinces path").length`); got != 34.0 {
		t.Errorf("%v provinces drawn, want Afghanistan's 34", got)
	}
	for actor, province := range map[string]string{"qadir-militias": "AF-NAN", "nimroz-truckers": "AF-NIM"} {
		got := b.run(`return document.querySelector("#locals [data-actor='" + arguments[0] + "']")?.dataset.province || ""`, actor)
		if got != province {
			t.Errorf("%s is placed in %q, want %s", actor, got, province)
		}
	}
	b.screenshot("provinces-2021-06")
}

// TestAnalyses opens the analyses and checks what they show against the case: in mid-2016
// Iran brokers between Russia and the Taliban (the case's paragraph 19: Iran introduced
// the Taliban to Russia), and over the years Hizb-e Islami moves from no bloc to the
// Taliban's (paragraphs 5 and 7).
func TestAnalyses(t *testing.T) {
	b := newBrowser(t)
	srv := httptest.NewServer(server.New(builtIn(t), nil))
	defer srv.Close()
	b.must("POST", "/session/"+b.session+"/url", map[string]any{"url": srv.URL + "/#case=afghanistan-2021&at=2016-06&view=analyses&analysis=brokers"}, nil)
	b.wait("the brokers of 2016-06", `return document.documentElement.dataset.analysis === "brokers 2016-06"`)
	text := fmt.Sprint(b.run(`return document.getElementById("analysis-out").innerText`))
	if !strings.Contains(text, "Russia and Taliban") || !strings.Contains(text, "tie-iran-introduces-taliban-to-russia") {
		t.Errorf("the brokers of 2016-06 do not show Iran's mediation between Russia and the Taliban:\n%.2000s", text)
	}
	b.run(`[...document.querySelectorAll("#analysis-out button.link")].find(x => x.textContent === "Iran").click()`)
	b.wait("what Iran brokers", `return (document.querySelector("#details h2")?.textContent || "").startsWith("What Iran brokers")`)
	if got := fmt.Sprint(b.run(`return document.getElementById("details").innerText`)); !strings.Contains(got, "tie-iran-introduces-taliban-to-russia") {
		t.Errorf("what Iran brokers does not name its mediation's tie:\n%s", got)
	}
	b.screenshot("analyses-brokers-2016-06")

	sel := b.element("#analysis")
	b.must("POST", "/session/"+b.session+"/element/"+sel+"/value", map[string]any{"text": "Blocs"}, nil)
	b.wait("the blocs over the years", `return (document.documentElement.dataset.analysis || "").startsWith("blocs ")`)
	row := fmt.Sprint(b.run(`return [...document.querySelectorAll("table.blocs tr[data-actor='hizb-e-islami'] td")].map(td => td.title).join(" | ")`))
	if !strings.Contains(row, "2021: the bloc of Taliban") {
		t.Errorf("Hizb-e Islami's row of blocs does not end in the Taliban's bloc: %s", row)
	}
	b.screenshot("analyses-blocs")

	b.run(`const s = document.getElementById("analysis"); s.value = "balance"; s.dispatchEvent(new Event("change"))`)
	b.wait("balance over the years", `return (document.documentElement.dataset.analysis || "").startsWith("balance ")`)
	b.run(`[...document.querySelectorAll("#analysis-out button.link")].find(x => x.textContent === "2021").click()`)
	b.wait("what stands against balance in 2021", `return (document.querySelector("#details h2")?.textContent || "") === "What stands against balance at 2021"`)
	if got := fmt.Sprint(b.run(`return document.getElementById("details").innerText`)); !strings.Contains(got, "tie-") {
		t.Errorf("what stands against balance in 2021 names no tie:\n%s", got)
	}
	b.screenshot("analyses-balance")

	// Robustness: the Taliban stay first by betweenness in every run at 2021-06.
	b.must("POST", "/session/"+b.session+"/url", map[string]any{"url": "about:blank"}, nil)
	b.must("POST", "/session/"+b.session+"/url", map[string]any{"url": srv.URL + "/#case=afghanistan-2021&at=2021-06&view=analyses&analysis=centrality&robust=1"}, nil)
	b.wait("centrality with its robustness", `return document.documentElement.dataset.analysis === "centrality 2021-06" && !!document.querySelector("#analysis-out h3")`)
	text = fmt.Sprint(b.run(`return document.getElementById("analysis-out").innerText`))
	if i := strings.Index(text, "How robust"); i < 0 || !regexp.MustCompile(`Taliban\s+\d+\s+[\d.]+\s+1\n`).MatchString(text[i:]) {
		t.Errorf("the robustness of centrality at 2021-06 does not show the Taliban first in every run:\n%.3000s", text)
	}
	b.screenshot("analyses-centrality-robust")
}

// TestActorPage opens Hizb-e Islami's page and finds its ties with the Taliban through
// time: targeted from its 2016 peace deal (a hostile bar), allied by 2021 (a friendly one),
// the case's paragraphs 5 and 7.
func TestActorPage(t *testing.T) {
	b := newBrowser(t)
	srv := httptest.NewServer(server.New(builtIn(t), nil))
	defer srv.Close()
	b.must("POST", "/session/"+b.session+"/url", map[string]any{"url": srv.URL + "/#case=afghanistan-2021&at=2021-06&view=actor&sel=hizb-e-islami"}, nil)
	b.wait("Hizb-e Islami's page", `return document.documentElement.dataset.actorPage === "hizb-e-islami"`)
	for tie, colour := range map[string]string{"tie-taliban-target-hizb": "#c62828", "tie-hizb-taliban-friendship": "#1f6fb2"} {
		got := b.run(`const g = document.querySelector("#actor-page .bar[data-tie='" + arguments[0] + "']");
return g ? [...g.querySelectorAll("rect")].map(r => r.getAttribute("fill")).join(" ") : ""`, tie)
		if !strings.Contains(fmt.Sprint(got), colour) {
			t.Errorf("the bar of %s is drawn %q, want %s", tie, got, colour)
		}
	}
	bar := b.element(`#actor-page .bar[data-tie="tie-taliban-target-hizb"]`)
	b.must("POST", "/session/"+b.session+"/element/"+bar+"/click", map[string]any{}, nil)
	b.wait("the evidence of the hostile tie", `return (document.querySelector("#details h2")?.textContent || "").includes("hostility")`)
	b.screenshot("actor-hizb-e-islami")
}

// TestTimelineAndLeaders opens the whole case's timeline, narrows it to Hizb-e Islami,
// and opens the leaders' view, where Gulbuddin Hekmatyar leads Hizb-e Islami (the case's
// paragraph 5).
func TestTimelineAndLeaders(t *testing.T) {
	b := newBrowser(t)
	srv := httptest.NewServer(server.New(builtIn(t), nil))
	defer srv.Close()
	b.must("POST", "/session/"+b.session+"/url", map[string]any{"url": srv.URL + "/#case=afghanistan-2021&at=2021-06&view=timeline"}, nil)
	b.wait("the timeline", `return +(document.documentElement.dataset.timeline || 0) > 50`)
	filter := b.element("#timeline-filter")
	b.must("POST", "/session/"+b.session+"/element/"+filter+"/value", map[string]any{"text": "Hizb-e Islami"}, nil)
	b.wait("the timeline of Hizb-e Islami", `return +(document.documentElement.dataset.timeline || 0) > 0 && +document.documentElement.dataset.timeline < 10`)
	rows := fmt.Sprint(b.run(`return [...document.querySelectorAll("#timeline-out text[data-row]")].map(t => t.dataset.row).join(" | ")`))
	if !strings.Contains(rows, "Taliban · Hizb-e Islami") && !strings.Contains(rows, "Hizb-e Islami · Taliban") {
		t.Errorf("the timeline narrowed to Hizb-e Islami has no row for its ties with the Taliban: %s", rows)
	}
	if got := fmt.Sprint(b.run(`return location.hash`)); !strings.Contains(got, "q=Hizb-e+Islami") {
		t.Errorf("the URL does not keep the timeline's filter: %s", got)
	}
	b.screenshot("timeline-hizb-e-islami")

	b.run(`document.getElementById("view-leaders").click()`)
	b.wait("the leaders", `return +(document.documentElement.dataset.leaders || 0) > 0`)
	bars := fmt.Sprint(b.run(`return [...document.querySelectorAll("#leaders-out .bar text")].map(t => t.textContent).join(" | ")`))
	if !strings.Contains(bars, "Hizb-e Islami (leader)") {
		t.Errorf("the leaders' view does not show Hekmatyar leading Hizb-e Islami: %s", bars)
	}
	b.screenshot("leaders")
}

// TestLargeNetwork draws a synthetic case of 10,000 actors and 50,000 ties (five a
// actor, random kinds and years, as scripts/synth makes them) and moves the date by a
// month, checking that each picture is the network of its date; it logs how long each
// took, which docs/benchmarks.md records (speed is measured, not asserted).
func TestLargeNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("a large case: skipped with -short")
	}
	b := newBrowser(t)
	db, err := sqlstore.Open(context.Background(), filepath.Join(t.TempDir(), "large.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Import(context.Background(), synthetic(10000)); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(server.New(db, nil))
	defer srv.Close()
	start := time.Now()
	b.must("POST", "/session/"+b.session+"/url", map[string]any{"url": srv.URL + "/#case=synth&at=2010-06"}, nil)
	b.wait("the network of 2010-06", `return document.documentElement.dataset.at === "2010-06"`)
	t.Logf("first view of 10,000 actors and 50,000 ties: drawn %v ms after the page began to load (%v in all, the layout made on the server included)",
		b.run(`return document.documentElement.dataset.drawn`), time.Since(start).Round(time.Millisecond))
	drawn := b.run(`return document.querySelectorAll("#actors .actor[display=inline]").length`)
	ties := b.run(`return document.querySelectorAll("#ties path").length`)
	if n, _ := drawn.(float64); n < 1000 {
		t.Errorf("%v actors drawn at 2010-06, want thousands", drawn)
	}
	before, _ := b.run(`return +document.documentElement.dataset.renderedAt`).(float64)
	moved := b.run(`const s = document.getElementById("date"); window.__moved = performance.now(); s.value = +s.value + 1; s.dispatchEvent(new Event("input")); return s.value`)
	b.wait("the network of 2010-07", `return document.documentElement.dataset.at === "2010-07"`)
	after, _ := b.run(`return +document.documentElement.dataset.renderedAt - window.__moved`).(float64)
	t.Logf("%v actors and %v ties drawn at 2010-06; a month later (slider at %v) drawn again %.0f ms after the move (the first draw ended at %.0f ms)", drawn, ties, moved, after, before)
	b.screenshot("large-network-2010-07")
}

// synthetic makes a case of n actors with five ties each, as scripts/synth does: mixed
// kinds, statuses and years, one citation a tie.
func synthetic(n int) *alliances.Record {
	rng := rand.New(rand.NewPCG(1, 2))
	rec := &alliances.Record{Case: "synth", Title: "Synthetic", Sources: []alliances.Source{{ID: "s0", Title: "Source", Kind: "analysis", Reliability: "B"}}}
	for i := range n {
		rec.Actors = append(rec.Actors, alliances.Actor{ID: fmt.Sprintf("a%d", i), Name: fmt.Sprintf("Actor %d", i), Kind: "armed-group"})
	}
	kinds := []alliances.Kind{alliances.Alliance, alliances.Support, alliances.Cooperation, alliances.Rivalry, alliances.Hostility, alliances.Opposition}
	for i := range 5 * n {
		j := rng.IntN(n - 1)
		if j >= i/5 {
			j++
		}
		y := 1990 + rng.IntN(32)
		rec.Ties = append(rec.Ties, alliances.Tie{ID: fmt.Sprintf("t%d", i), Subject: fmt.Sprintf("a%d", i/5), Object: fmt.Sprintf("a%d", j),
			Kind: kinds[rng.IntN(len(kinds))], Valid: edtf.MustParse(fmt.Sprintf("%d/%d", y, min(y+rng.IntN(6), 2021))),
			Status: alliances.Reported, Basis: alliances.Stated, Intensity: 1 + rng.IntN(5),
			Citations: []alliances.Citation{{Source: "s0", Locator: fmt.Sprintf("row %d", i), Credibility: 2}}})
	}
	return rec
}

// TestLinksRestoreTheView opens links that name a selection: an actor's profile and a
// tie's evidence open in the side panel as they did when the link was made.
func TestLinksRestoreTheView(t *testing.T) {
	b := newBrowser(t)
	srv := httptest.NewServer(server.New(builtIn(t), nil))
	defer srv.Close()
	for sel, heading := range map[string]string{"taliban": "Taliban", "tie-iran-introduces-taliban-to-russia": "Iran mediation Taliban"} {
		b.must("POST", "/session/"+b.session+"/url", map[string]any{"url": srv.URL + "/#case=afghanistan-2021&at=2016-06&sel=" + sel}, nil)
		b.wait("the side panel of "+sel, `return (document.querySelector("#details h2")?.textContent || "") === arguments[0]`, heading)
	}
}

// TestMarkupInTheRecordStaysText loads a case whose names and notes hold markup and
// script, opens the network, the actor's profile and a tie's evidence, and checks that the
// markup is shown as text: no element it names is made, no script of it runs.
func TestMarkupInTheRecordStaysText(t *testing.T) {
	b := newBrowser(t)
	db, err := sqlstore.Open(context.Background(), filepath.Join(t.TempDir(), "markup.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rec := storetest.Sample()
	const evil = `<img src=x onerror="document.title='ran'"><script>document.title='ran'</script>`
	rec.Actors[1].Name = "Beta " + evil
	for i := range rec.Ties {
		rec.Ties[i].Note = evil
	}
	if _, err := db.Import(context.Background(), rec); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(server.New(db, nil))
	defer srv.Close()
	for _, target := range []string{"/#case=sample&at=2010-06&sel=beta", "/#case=sample&at=2010-06&sel=beta-supports-alpha", "/#case=sample&at=2010-06&view=timeline"} {
		b.must("POST", "/session/"+b.session+"/url", map[string]any{"url": "about:blank"}, nil) // a fresh page each time
		b.must("POST", "/session/"+b.session+"/url", map[string]any{"url": srv.URL + target}, nil)
		b.wait("the page of "+target, `return !!document.querySelector("#details h2") || !!document.documentElement.dataset.timeline`)
		if got := b.run(`return [document.title, document.querySelectorAll("main img, main script, #details img").length, document.body.innerText.includes("<img src=x")]`); fmt.Sprint(got) != "[alliances 0 true]" {
			t.Errorf("%s: title, elements made from the record's markup, markup shown as text: %v, want [alliances 0 true]", target, got)
		}
	}
}

// TestAppServesSafely checks the headers every answer of the app carries, and that its
// assets are named by their content and cached for good.
func TestAppServesSafely(t *testing.T) {
	srv := httptest.NewServer(server.New(builtIn(t), nil))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	csp := resp.Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || resp.Header.Get("Cache-Control") != "no-cache" {
		t.Errorf("the page: CSP %q, Cache-Control %q", csp, resp.Header.Get("Cache-Control"))
	}
	if bytes.Contains(page, []byte("<script>")) || bytes.Contains(page, []byte("<style")) || bytes.Contains(page, []byte(" style=")) {
		t.Errorf("the page holds inline script or style, which its CSP forbids")
	}
	for _, asset := range []string{"app", "app"} {
		i := bytes.Index(page, []byte("/assets/"+asset+"."))
		if i < 0 {
			t.Fatalf("the page names no asset %s", asset)
		}
		end := bytes.IndexByte(page[i:], '"')
		resp, err := http.Get(srv.URL + string(page[i:i+end]))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 || resp.Header.Get("Cache-Control") != "public, max-age=31536000, immutable" {
			t.Errorf("%s: %d, Cache-Control %q", page[i:i+end], resp.StatusCode, resp.Header.Get("Cache-Control"))
		}
	}
	resp, err = http.Get(srv.URL + "/assets/app.js")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("an asset by its plain name: %d, want 404 (only the hashed names are served)", resp.StatusCode)
	}
}

// TestActorPageOfASharedActor opens the Taliban's page: an actor of the registry, with an
// actor of another case merged into it, both said on the page.
func TestActorPageOfASharedActor(t *testing.T) {
	db := builtIn(t)
	extra := &alliances.Record{Case: "extra", Title: "Extra",
		Sources: []alliances.Source{{ID: "extra-notes", Title: "Notes", Kind: "analysis", Reliability: "C"}},
		Actors:  []alliances.Actor{{ID: "extra-taleban", Name: "Taleban (a data set's name)", Kind: "armed-group", MergedInto: "taliban", MergeNote: "merged by a test"}},
		Ties: []alliances.Tie{{ID: "extra-tie", Subject: "pakistan", Object: "extra-taleban", Kind: alliances.Support, Valid: edtf.MustParse("1996"),
			Citations: []alliances.Citation{{Source: "extra-notes", Credibility: 3}}}}}
	if _, err := db.Import(context.Background(), extra); err != nil {
		t.Fatal(err)
	}
	b := newBrowser(t)
	srv := httptest.NewServer(server.New(db, nil))
	defer srv.Close()
	b.must("POST", "/session/"+b.session+"/url", map[string]any{"url": srv.URL + "/#case=afghanistan-2021&at=2021-06&view=actor&sel=taliban"}, nil)
	b.wait("the Taliban's page", `return document.documentElement.dataset.actorPage === "taliban"`)
	text := fmt.Sprint(b.run(`return document.getElementById("actor-page").innerText`))
	for _, want := range []string{"an actor of the registry, the same in every case", "Taleban (a data set's name) (extra-taleban, case extra)"} {
		if !strings.Contains(text, want) {
			t.Errorf("the Taliban's page does not say %q:\n%.1500s", want, text)
		}
	}
	b.screenshot("actor-taliban-shared")
}
