package sqlstore

import (
	"context"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T, clock *storetest.Clock) alliances.Store {
		db, err := Open(context.Background(), ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		db.Now = clock.Now
		t.Cleanup(func() { db.Close() })
		return db
	})
}

func TestTeamStore(t *testing.T) {
	storetest.RunTeam(t, func(t *testing.T, clock *storetest.Clock) storetest.TeamStore {
		db, err := Open(context.Background(), ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		db.Now = clock.Now
		t.Cleanup(func() { db.Close() })
		return db
	})
}
