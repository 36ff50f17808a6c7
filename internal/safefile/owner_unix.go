//go:build unix

package safefile

import (
	"io/fs"
	"os"
	"syscall"
)

// chown gives f the owner and group of old, when the user may (root may; others may
// at most change the group to one of theirs). Failing is no error: the file then
// belongs to the user, as a new file would.
func chown(f *os.File, old fs.FileInfo) {
	if st, ok := old.Sys().(*syscall.Stat_t); ok {
		if f.Chown(int(st.Uid), int(st.Gid)) != nil {
			f.Chown(-1, int(st.Gid))
		}
	}
}
