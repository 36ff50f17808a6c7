package team_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/sqlstore"
	"github.com/alliances-project/alliances/team"
)

// TestIssueToken: a token issued on a real store is the user's, found by the hash of the
// secret returned (and by no other), labelled and dated as asked; a disabled account gets
// none, and says how to enable it; an unknown one is not found.
func TestIssueToken(t *testing.T) {
	ctx := context.Background()
	db, err := sqlstore.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, u := range []team.User{{Name: "ana", Role: team.Analyst}, {Name: "old", Role: team.Analyst, Disabled: true}} {
		if err := db.AddUser(ctx, u, "", "cli:admin"); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC)
	secret, tok, err := team.IssueToken(ctx, db, "ana", "the newsroom's script", "cli:admin", now)
	if err != nil {
		t.Fatal(err)
	}
	found, u, err := db.TokenByHash(ctx, team.HashToken(secret), now)
	if err != nil || u.Name != "ana" || found.ID != tok.ID || found.Kind != "api" || found.Label != "the newsroom's script" || !found.Created.Equal(now) {
		t.Errorf("the token found by its secret: %+v of %q (%v), want ana's api token %s, labelled and made now", found, u.Name, err, tok.ID)
	}
	if strings.Contains(tok.Hash, secret) || tok.Hash == secret {
		t.Errorf("the token keeps its secret %q", secret)
	}
	if _, _, err := db.TokenByHash(ctx, team.HashToken(secret+"x"), now); err == nil {
		t.Errorf("another secret found a token")
	}
	if _, _, err := team.IssueToken(ctx, db, "old", "", "cli:admin", now); alliances.KindOf(err) != alliances.Invalid || !strings.Contains(err.Error(), "alliances users set old --enable") {
		t.Errorf("a token for a disabled account: %v, want invalid, saying how to enable it", err)
	}
	if _, _, err := team.IssueToken(ctx, db, "nobody", "", "cli:admin", now); alliances.KindOf(err) != alliances.NotFound {
		t.Errorf("a token for no account: %v, want not found", err)
	}
}
