package balance

import (
	"testing"

	"github.com/alliances-project/alliances/graph"
	"github.com/alliances-project/alliances/internal/signeddata"
)

// gama returns Read's Gahuku-Gama tribes (testdata/gama_edges.csv).
func gama(tb testing.TB) (*graph.CSR, []string) {
	return signeddata.ReadSigned(tb, "testdata/gama_edges.csv", false)
}

func readSigned(tb testing.TB, path string, weighted bool) (*graph.CSR, []string) {
	return signeddata.ReadSigned(tb, path, weighted)
}

func cowWindows(tb testing.TB) ([]string, []*graph.CSR, []string) { return signeddata.COWWindows(tb) }

func bitcoinOTC(tb testing.TB) *graph.CSR { return signeddata.BitcoinOTC(tb) }
