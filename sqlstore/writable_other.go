//go:build !unix

package sqlstore

import "os"

// writable reports whether this process may write path. Without access(2), a file is
// writable when it opens for writing, and a directory is taken to be.
func writable(path string) bool {
	fi, err := os.Stat(path)
	if err != nil {
		return false
	}
	if fi.IsDir() {
		return true
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return false
	}
	f.Close()
	return true
}
