package main

import (
	"encoding/csv"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportForNetworkTools writes the built-in case for network tools, to standard
// output and to a file, and reads each back: 54 actors and 182 ties (alliances check).
func TestExportForNetworkTools(t *testing.T) {
	c := newCLI(t)
	for _, format := range []string{"gexf", "graphml"} {
		out := c.ok("export", "--case", "afghanistan-2021", "--format", format)
		var doc struct {
			Nodes []struct{} `xml:"graph>nodes>node"`
			Edges []struct{} `xml:"graph>edges>edge"`
			Node  []struct{} `xml:"graph>node"`
			Edge  []struct{} `xml:"graph>edge"`
		}
		if err := xml.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		if n, e := len(doc.Nodes)+len(doc.Node), len(doc.Edges)+len(doc.Edge); n != 54 || e != 182 {
			t.Errorf("%s: %d nodes and %d edges, want 54 and 182", format, n, e)
		}
	}
	path := filepath.Join(t.TempDir(), "ties.csv")
	c.ok("export", "--case", "afghanistan-2021", "--format", "csv-edges", "--out", path)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil || len(rows) != 183 {
		t.Errorf("csv-edges: %d rows (%v), want a header and 182 ties", len(rows), err)
	}
	if _, errOut, code := c.run("export", "--format", "dot"); code != exitUsage || !strings.Contains(errOut, "gexf, graphml, stix or csv-edges") {
		t.Errorf("export --format dot: exit %d, %q", code, errOut)
	}
}
