//! Checkpoints: how far a consumer app has read a partition, stored by DIS.
//!
//! Every checkpoint call names the stream first and the app second, as
//! [`Client::app_consumptions`] does. The checkpoint type defaults to `LAST_READ`, the
//! only type DIS documents, and can be set on each builder.

use std::future::IntoFuture;

use futures::future::BoxFuture;

use crate::{
    Client, Result,
    api::{records::sequence_number_from_wire, validate},
    error::{self, ValidationError},
    types,
};

impl Client {
    /// Starts committing a checkpoint: app `app_name` has consumed partition
    /// `partition_id` of `stream_name` up to `sequence_number`. Add metadata or another
    /// checkpoint type on the builder, then [`send`](CreateCheckpoint::send) it.
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// client
    ///     .create_checkpoint("orders", "billing", "shardId-0000000000", "1042")
    ///     .metadata("batch 17")
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias = "commit_checkpoint")]
    pub fn create_checkpoint(
        &self,
        stream_name: impl Into<String>,
        app_name: impl Into<String>,
        partition_id: impl Into<String>,
        sequence_number: impl Into<String>,
    ) -> CreateCheckpoint {
        CreateCheckpoint {
            target: CheckpointTarget::new(self, stream_name.into(), app_name.into()),
            partition_id: partition_id.into(),
            sequence_number: sequence_number.into(),
            metadata: None,
        }
    }

    /// Reads the checkpoint of app `app_name` on partition `partition_id` of
    /// `stream_name`. Await it directly for a `LAST_READ` checkpoint, or set another type
    /// first.
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// let checkpoint = client.get_checkpoint("orders", "billing", "0").await?;
    /// println!("resume after {:?}", checkpoint.sequence_number);
    /// # Ok(()) }
    /// ```
    #[doc(alias = "show_checkpoint")]
    pub fn get_checkpoint(
        &self,
        stream_name: impl Into<String>,
        app_name: impl Into<String>,
        partition_id: impl Into<String>,
    ) -> GetCheckpoint {
        GetCheckpoint {
            target: CheckpointTarget::new(self, stream_name.into(), app_name.into()),
            partition_id: partition_id.into(),
        }
    }

    /// Deletes the checkpoint of app `app_name` on one partition of `stream_name`, or on
    /// every partition when `partition_id` is `None`. Await it directly for `LAST_READ`
    /// checkpoints, or set another type first.
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// client.delete_checkpoint("orders", "billing", Some("0")).await?;
    /// client.delete_checkpoint("orders", "billing", None).await?;
    /// # Ok(()) }
    /// ```
    pub fn delete_checkpoint(
        &self,
        stream_name: impl Into<String>,
        app_name: impl Into<String>,
        partition_id: Option<&str>,
    ) -> DeleteCheckpoint {
        DeleteCheckpoint {
            target: CheckpointTarget::new(self, stream_name.into(), app_name.into()),
            partition_id: partition_id.map(str::to_owned),
        }
    }
}

/// The stream, app and checkpoint type every checkpoint call names.
#[derive(Debug, Clone)]
struct CheckpointTarget {
    client: Client,
    stream_name: String,
    app_name: String,
    checkpoint_type: types::CheckpointType,
}

impl CheckpointTarget {
    fn new(client: &Client, stream_name: String, app_name: String) -> Self {
        Self {
            client: client.clone(),
            stream_name,
            app_name,
            checkpoint_type: types::CheckpointType::LastRead,
        }
    }

    fn validate(&self, partition_id: Option<&str>) -> Result<(), ValidationError> {
        validate::stream_name(&self.stream_name)?;
        validate::app_name(&self.app_name)?;
        partition_id.map_or(Ok(()), validate::partition_id)
    }
}

/// A checkpoint to commit, from [`Client::create_checkpoint`].
///
/// ```no_run
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// client.create_checkpoint("orders", "billing", "0", "7").send().await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is committed until `send` is awaited"]
pub struct CreateCheckpoint {
    target: CheckpointTarget,
    partition_id: String,
    sequence_number: String,
    metadata: Option<String>,
}

impl CreateCheckpoint {
    /// Free-form app data stored with the checkpoint, at most 1000 characters.
    pub fn metadata(mut self, metadata: impl Into<String>) -> Self {
        self.metadata = Some(metadata.into());
        self
    }

    /// The checkpoint type (`LAST_READ` unless set).
    pub fn checkpoint_type(mut self, checkpoint_type: types::CheckpointType) -> Self {
        self.target.checkpoint_type = checkpoint_type;
        self
    }

    /// Checks the input and commits the checkpoint. The sequence number must be decimal
    /// digits, 0 to `i64::MAX`, as for [`Client::get_data_cursor`]; anything else is
    /// [`Error::Validation`](crate::Error::Validation) and nothing is sent. DIS answers 201
    /// with no body; a sequence number outside the partition's range gives DIS.4224.
    pub async fn send(self) -> Result<()> {
        let body = self.request_body()?;
        let client = &self.target.client;
        let sent = client
            .raw()
            .commit_checkpoint()
            .project_id(client.project_id())
            .body(body)
            .send()
            .await;
        error::no_body(sent).await
    }

    fn request_body(&self) -> Result<types::CommitCheckpointRequest, ValidationError> {
        let target = &self.target;
        target.validate(Some(&self.partition_id))?;
        validate::sequence_number("sequence_number", &self.sequence_number)?;
        let metadata = match &self.metadata {
            Some(text) => {
                validate::max_chars("metadata", text, validate::CHECKPOINT_METADATA_MAX)?;
                Some(validate::wire("metadata", text.as_str())?)
            }
            None => None,
        };
        Ok(types::CommitCheckpointRequest {
            app_name: validate::wire("app_name", target.app_name.as_str())?,
            stream_name: validate::wire("stream_name", target.stream_name.as_str())?,
            checkpoint_type: target.checkpoint_type,
            partition_id: self.partition_id.clone(),
            sequence_number: self.sequence_number.clone(),
            metadata,
            stream_id: None,
        })
    }
}

/// A stored checkpoint, from [`Client::get_checkpoint`].
///
/// ```no_run
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let otc_dis::Checkpoint { sequence_number, metadata, .. } =
///     client.get_checkpoint("orders", "billing", "0").await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Checkpoint {
    /// The committed sequence number, as text even when DIS sends a JSON number; `"-1"`
    /// when the app has no checkpoint on the partition. Always set: an answer without a
    /// decimal sequence number (or `-1`) is refused with [`Error::Decode`](crate::Error::Decode).
    pub sequence_number: Option<String>,
    /// The metadata committed with it.
    pub metadata: Option<String>,
}

/// A checkpoint read, from [`Client::get_checkpoint`]; await it or call `send`.
///
/// ```no_run
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let checkpoint = client.get_checkpoint("orders", "billing", "0").send().await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is read until it is awaited"]
pub struct GetCheckpoint {
    target: CheckpointTarget,
    partition_id: String,
}

impl GetCheckpoint {
    /// The checkpoint type to read (`LAST_READ` unless set).
    pub fn checkpoint_type(mut self, checkpoint_type: types::CheckpointType) -> Self {
        self.target.checkpoint_type = checkpoint_type;
        self
    }

    /// Checks the names and reads the checkpoint.
    pub async fn send(self) -> Result<Checkpoint> {
        let target = &self.target;
        target.validate(Some(&self.partition_id))?;
        let client = &target.client;
        let sent = client
            .raw()
            .show_checkpoint()
            .project_id(client.project_id())
            .stream_name(target.stream_name.as_str())
            .app_name(target.app_name.as_str())
            .partition_id(self.partition_id.as_str())
            .checkpoint_type(target.checkpoint_type)
            .send()
            .await;
        let checkpoint = error::body(sent).await?;
        Ok(Checkpoint {
            sequence_number: Some(checkpoint_sequence_number(&checkpoint.sequence_number)?),
            metadata: checkpoint.metadata,
        })
    }
}

/// What DIS answers for a partition where the app has no checkpoint.
const NO_CHECKPOINT: &str = "-1";

/// The `sequence_number` of a ShowCheckpoint answer: a decimal sequence number, or `-1`
/// for "no checkpoint" (as DIS answers there, and as the reference shows for the
/// consumption state); anything else is refused.
fn checkpoint_sequence_number(value: &types::LenientString) -> Result<String> {
    if value.to_string() == NO_CHECKPOINT {
        return Ok(NO_CHECKPOINT.to_owned());
    }
    sequence_number_from_wire("sequence_number", value).map(|(text, _)| text)
}

/// A checkpoint deletion, from [`Client::delete_checkpoint`]; await it or call `send`.
///
/// ```no_run
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// client.delete_checkpoint("orders", "billing", None).send().await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is deleted until it is awaited"]
pub struct DeleteCheckpoint {
    target: CheckpointTarget,
    partition_id: Option<String>,
}

impl DeleteCheckpoint {
    /// The checkpoint type to delete (`LAST_READ` unless set).
    pub fn checkpoint_type(mut self, checkpoint_type: types::CheckpointType) -> Self {
        self.target.checkpoint_type = checkpoint_type;
        self
    }

    /// Checks the names and deletes the checkpoint(s). DIS answers 204 with no body.
    pub async fn send(self) -> Result<()> {
        let target = &self.target;
        target.validate(self.partition_id.as_deref())?;
        let client = &target.client;
        let mut request = client
            .raw()
            .delete_checkpoint()
            .project_id(client.project_id())
            .stream_name(target.stream_name.as_str())
            .app_name(target.app_name.as_str())
            .checkpoint_type(target.checkpoint_type);
        if let Some(partition_id) = &self.partition_id {
            request = request.partition_id(partition_id.as_str());
        }
        error::no_body(request.send().await).await
    }
}

/// Lets a builder whose required input is complete be awaited directly, like a plain
/// async method, instead of calling `send`.
macro_rules! send_on_await {
    ($builder:ty => $output:ty) => {
        impl IntoFuture for $builder {
            type Output = Result<$output>;
            type IntoFuture = BoxFuture<'static, Self::Output>;

            fn into_future(self) -> Self::IntoFuture {
                Box::pin(self.send())
            }
        }
    };
}

send_on_await!(GetCheckpoint => Checkpoint);
send_on_await!(DeleteCheckpoint => ());
