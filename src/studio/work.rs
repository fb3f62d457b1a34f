//! The studio's heavy work (rewriting, laying out, rendering) off the
//! server's threads: at most a few jobs at once, the rest waiting their
//! turn, and an answer within a time limit whatever a job does.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;

/// Why a job gave no result.
#[derive(Debug, PartialEq, Eq)]
pub enum Stopped {
    /// It ran past the time limit; the page is told, and the job's slot
    /// is freed only when it ends, so that runaway work cannot pile up.
    TooLong,
    /// It panicked: a bug, told as one, and the server keeps running.
    Failed,
}

/// Jobs run on tokio's blocking threads, `at_once` at a time.
#[derive(Clone)]
pub struct Work {
    slots: Arc<Semaphore>,
    limit: Duration,
}

impl Work {
    pub fn new(at_once: usize, limit: Duration) -> Work {
        Work {
            slots: Arc::new(Semaphore::new(at_once.max(1))),
            limit,
        }
    }

    /// Runs `job` when a slot is free, waiting at most the time limit for
    /// its result (the wait for a slot included).
    pub async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Stopped> {
        let slots = self.slots.clone();
        let queued_and_done = async move {
            let slot = slots.acquire_owned().await.map_err(|_| Stopped::Failed)?;
            tokio::task::spawn_blocking(move || {
                let result = job();
                drop(slot);
                result
            })
            .await
            .map_err(|_| Stopped::Failed)
        };
        tokio::time::timeout(self.limit, queued_and_done)
            .await
            .unwrap_or(Err(Stopped::TooLong))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap()
    }

    #[test]
    fn a_job_past_its_time_is_stopped_and_a_panic_is_a_failure() {
        let work = Work::new(1, Duration::from_millis(50));
        runtime().block_on(async {
            assert_eq!(work.run(|| 7).await, Ok(7));
            let slow = work.run(|| std::thread::sleep(Duration::from_millis(400)));
            assert_eq!(slow.await, Err(Stopped::TooLong));
            // The slow job still holds the only slot: the next one waits,
            // and is told it took too long rather than run beside it.
            assert_eq!(work.run(|| 8).await, Err(Stopped::TooLong));
            std::thread::sleep(Duration::from_millis(400));
            assert_eq!(work.run(|| 9).await, Ok(9));
            // Printing a panic's backtrace takes longer than 50 ms.
            let patient = Work::new(1, Duration::from_secs(30));
            let panicked = patient.run(|| -> u8 { panic!("a bug") });
            assert_eq!(panicked.await, Err(Stopped::Failed));
            assert_eq!(patient.run(|| 10).await, Ok(10));
        });
    }
}
