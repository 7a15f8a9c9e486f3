//! Atomic file output: write to a temporary file beside the target, flush it
//! to disk, then rename it into place. An interrupted run leaves the previous
//! file intact, never a half-written one.
//!
//! The temporary file is `.NAME.PID.tmp` in the target's directory: hidden,
//! and with an extension no dipgraph command reads as a graph or an article.
//! A process killed while writing (SIGKILL, power loss) may leave one
//! behind. It is harmless: the next write uses its own process id, so it
//! neither reads nor trips over a stale file, and never deletes one either,
//! since the file may belong to another dipgraph still running in the same
//! directory. Stale `.*.tmp` files can be removed by hand at any time no
//! dipgraph is writing there.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::RecvTimeoutError;
use std::time::Duration;

use crate::error::Error;

/// How often a long write's data is flushed while it is written.
const EARLY_SYNC: Duration = Duration::from_millis(250);

/// Writes `bytes` to `path` atomically.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    write_with(path, |f| f.write_all(bytes))
}

/// Calls `fill` with a temporary file beside `path`, then renames it into
/// place. On any error the temporary file is removed.
pub fn write_with<F>(path: &Path, fill: F) -> Result<(), Error>
where
    F: FnOnce(&mut io::BufWriter<&File>) -> io::Result<()>,
{
    let tmp = temp_path(path);
    let result = (|| {
        let file = File::create(&tmp)?;
        std::thread::scope(|scope| {
            // While `fill` runs, a second thread asks the system every
            // quarter second to start writing what is already there to
            // disk, so that the last flush waits only for the tail: the
            // 1.6 GB graph of a 100,000-article build waited half a second
            // for it, with both cores idle. The early flushes' errors are
            // left to the last one.
            let (done, wait) = std::sync::mpsc::channel::<()>();
            let early = &file;
            scope.spawn(move || {
                while let Err(RecvTimeoutError::Timeout) = wait.recv_timeout(EARLY_SYNC) {
                    let _ = early.sync_data();
                }
            });
            let mut w = io::BufWriter::new(&file);
            let filled = fill(&mut w).and_then(|()| w.flush());
            drop(done);
            filled
        })?;
        file.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(Error::io(path, e));
    }
    sync_dir(path);
    Ok(())
}

/// Flushes the directory entry of a renamed file, so that the rename itself
/// survives a power loss. Best effort: some file systems refuse it, and the
/// data is already safe in either the old or the new file.
fn sync_dir(path: &Path) {
    #[cfg(unix)]
    {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".to_string());
    let tmp = format!(".{name}.{}.tmp", std::process::id());
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.join(tmp),
        _ => PathBuf::from(tmp),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_content_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.ron");
        write(&p, b"one").unwrap();
        write(&p, b"two").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"two");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn stale_temp_file_of_a_killed_run_does_not_disturb_a_write() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.ron");
        write(&p, b"old").unwrap();
        // What a run killed mid-write leaves: another pid's partial file,
        // and one under our own pid (pids are reused).
        let stale = dir.path().join(".g.ron.1.tmp");
        fs::write(&stale, b"partial").unwrap();
        fs::write(temp_path(&p), b"partial, a longer one").unwrap();
        write(&p, b"new").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"new");
        assert_eq!(fs::read(&stale).unwrap(), b"partial");
        assert!(!temp_path(&p).exists());
    }

    #[test]
    fn failed_fill_keeps_previous_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.ron");
        write(&p, b"old").unwrap();
        let r = write_with(&p, |w| {
            w.write_all(b"partial")?;
            Err(io::Error::other("disk full"))
        });
        assert!(r.is_err());
        assert_eq!(fs::read(&p).unwrap(), b"old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
