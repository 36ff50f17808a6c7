package web_test

import (
	"context"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
	"github.com/alliances-project/alliances/server"
)

// TestNetworkFollowsChangesMadeElsewhere: an analyst decides at the terminal (or a
// colleague imports) while the app is open in another tab; back in the app's tab, the
// network is drawn again from the store and shows the new tie, without a reload.
func TestNetworkFollowsChangesMadeElsewhere(t *testing.T) {
	b := newBrowser(t)
	db := builtIn(t)
	srv := httptest.NewServer(server.New(db, nil))
	defer srv.Close()
	b.must("POST", "/session/"+b.session+"/url", map[string]any{"url": srv.URL + "/#case=afghanistan-2021&at=2021-07"}, nil)
	b.wait("the network of 2021-07", `return document.documentElement.dataset.at === "2021-07"`)
	const made = `return !!document.querySelector('#ties path[data-id="tie-made-elsewhere"]')`
	if b.run(made) == true {
		t.Fatal("the tie is drawn before it is made")
	}
	ctx := context.Background()
	rec, err := db.Record(ctx, "afghanistan-2021", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	rec.Ties = append(rec.Ties, alliances.Tie{ID: "tie-made-elsewhere", Subject: "russia", Object: "taliban", Kind: alliances.Support,
		Valid: edtf.MustParse("2021"), Status: alliances.Reported, Basis: alliances.Stated,
		Citations: []alliances.Citation{{Source: "newlines-2021", Locator: "¶19", Credibility: 2}}})
	if _, err := db.Import(ctx, rec); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1100 * time.Millisecond) // the server asks the store for changes once a second
	b.run(`Object.defineProperty(document, "visibilityState", { value: "visible", configurable: true });
document.dispatchEvent(new Event("visibilitychange"));`)
	b.wait("the tie made elsewhere, drawn", made)
}
