//! Consumer apps: create, list, describe, delete, and their consumption state per partition.

use crate::{Client, Paginator, Result, api::pagination::Page, api::validate, error, types};

/// Page sizes `GET /apps` accepts (`limit`).
const APPS_PAGE_SIZES: std::ops::RangeInclusive<u32> = 1..=100;
/// Page sizes `GET /apps/{app}/streams/{stream}` accepts (`limit`, partitions per page).
const CONSUMPTION_PAGE_SIZES: std::ops::RangeInclusive<u32> = 1..=1000;

impl Client {
    /// Creates a consumer app, under which checkpoints are stored. DIS answers 201 with
    /// no body; an existing name gives [`Error::AlreadyExists`](crate::Error::AlreadyExists).
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// client.create_app("billing").await?;
    /// # Ok(()) }
    /// ```
    pub async fn create_app(&self, name: &str) -> Result<()> {
        validate::app_name(name)?;
        let body = types::CreateAppRequest {
            app_name: validate::wire("app_name", name)?,
        };
        let sent = self
            .raw()
            .create_app()
            .project_id(self.project_id())
            .body(body)
            .send()
            .await;
        error::no_body(sent).await
    }

    /// Lists all consumer apps of the project, fetching pages lazily (page size 1 to 100).
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// let apps: Vec<otc_dis::App> = client.apps().page_size(100).try_collect().await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias = "list_apps")]
    pub fn apps(&self) -> Paginator<App> {
        self.apps_filtered(None)
    }

    /// Lists the consumer apps of one stream (the `stream_name` filter of `GET /apps`),
    /// fetching pages lazily (page size 1 to 100).
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// let names: Vec<String> = client
    ///     .apps_of_stream("orders")
    ///     .map_ok(|app| app.app_name)
    ///     .try_collect()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias = "list_apps")]
    pub fn apps_of_stream(&self, stream_name: &str) -> Paginator<App> {
        match validate::stream_name(stream_name) {
            Ok(()) => self.apps_filtered(Some(stream_name.to_owned())),
            Err(refused) => Paginator::refused(refused.into()),
        }
    }

    fn apps_filtered(&self, stream_name: Option<String>) -> Paginator<App> {
        let client = self.clone();
        Paginator::paged("limit", APPS_PAGE_SIZES, move |page_size, marker| {
            let client = client.clone();
            let stream_name = stream_name.clone();
            async move { client.apps_page(stream_name, page_size, marker).await }
        })
    }

    async fn apps_page(
        &self,
        stream_name: Option<String>,
        page_size: Option<u32>,
        start_after: Option<String>,
    ) -> Result<Page<App>> {
        let mut request = self.raw().list_apps().project_id(self.project_id());
        if let Some(stream) = stream_name {
            request = request.stream_name(stream);
        }
        if let Some(size) = page_size {
            request = request.limit(size);
        }
        if let Some(marker) = start_after {
            request = request.start_app_name(marker);
        }
        let page = error::body(request.send().await).await?;
        let apps: Vec<App> = page.apps.into_iter().map(App::from_wire).collect();
        let last = apps.last().map(|app| app.app_name.clone());
        Ok(Page::new(apps, page.has_more_app, last))
    }

    /// Describes a consumer app.
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// let app = client.get_app("billing").await?;
    /// println!("checkpoints on {}", app.commit_checkpoint_stream_names.join(", "));
    /// # Ok(()) }
    /// ```
    #[doc(alias = "show_app")]
    pub async fn get_app(&self, name: &str) -> Result<App> {
        validate::app_name(name)?;
        let sent = self
            .raw()
            .show_app()
            .project_id(self.project_id())
            .app_name(name)
            .send()
            .await;
        error::body(sent).await.map(App::from_wire)
    }

    /// Deletes a consumer app.
    ///
    /// With `ignore_missing`, an app that does not exist (DIS answers 400 DIS.4332, or
    /// 404) counts as deleted; every other error, such as an app still in use
    /// (DIS.4331), is still returned.
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// client.delete_app("billing", true).await?;
    /// # Ok(()) }
    /// ```
    pub async fn delete_app(&self, name: &str, ignore_missing: bool) -> Result<()> {
        validate::app_name(name)?;
        let sent = self
            .raw()
            .delete_app()
            .project_id(self.project_id())
            .app_name(name)
            .send()
            .await;
        error::ignore_missing(error::no_body(sent).await, ignore_missing)
    }

    /// Lists, per partition of `stream_name`, how far the app `app_name` has consumed
    /// (its `LAST_READ` checkpoint) next to the partition's offsets, fetching pages
    /// lazily (page size 1 to 1000 partitions).
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// let mut states = client.app_consumptions("orders", "billing");
    /// while let Some(state) = states.try_next().await? {
    ///     println!("{} at {} of {:?}", state.partition_id, state.sequence_number, state.latest_offset);
    /// }
    /// # Ok(()) }
    /// ```
    #[doc(alias = "show_consumer_state")]
    pub fn app_consumptions(
        &self,
        stream_name: &str,
        app_name: &str,
    ) -> Paginator<PartitionConsumption> {
        if let Err(refused) =
            validate::stream_name(stream_name).and_then(|()| validate::app_name(app_name))
        {
            return Paginator::refused(refused.into());
        }
        let client = self.clone();
        let (stream_name, app_name) = (stream_name.to_owned(), app_name.to_owned());
        Paginator::paged("limit", CONSUMPTION_PAGE_SIZES, move |page_size, marker| {
            let client = client.clone();
            let (stream_name, app_name) = (stream_name.clone(), app_name.clone());
            async move {
                client
                    .consumption_page(&stream_name, &app_name, page_size, marker)
                    .await
            }
        })
    }

    async fn consumption_page(
        &self,
        stream_name: &str,
        app_name: &str,
        page_size: Option<u32>,
        start_after: Option<String>,
    ) -> Result<Page<PartitionConsumption>> {
        let mut request = self
            .raw()
            .show_consumer_state()
            .project_id(self.project_id())
            .app_name(app_name)
            .stream_name(stream_name)
            .checkpoint_type(types::CheckpointType::LastRead);
        if let Some(size) = page_size {
            request = request.limit(size);
        }
        if let Some(marker) = start_after {
            request = request.start_partition_id(marker);
        }
        let page = error::body(request.send().await).await?;
        let states: Vec<PartitionConsumption> = page
            .partition_consuming_states
            .into_iter()
            .map(PartitionConsumption::from)
            .collect();
        let last = states.last().map(|state| state.partition_id.clone());
        Ok(Page::new(states, page.has_more.unwrap_or(false), last))
    }
}

/// A consumer app, from [`Client::apps`], [`Client::apps_of_stream`] and
/// [`Client::get_app`].
///
/// ```no_run
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let otc_dis::App { app_id, commit_checkpoint_stream_names, .. } = client.get_app("billing").await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct App {
    /// The app name.
    pub app_name: String,
    /// The app ID.
    pub app_id: String,
    /// When the app was created, epoch milliseconds.
    pub create_time: i64,
    /// The streams the app has committed checkpoints on. [`Client::get_app`] reports them;
    /// the reference's listing example leaves them out, so in listings this may be empty.
    pub commit_checkpoint_stream_names: Vec<String>,
}

impl App {
    fn from_wire(wire: types::DescribeAppResult) -> Self {
        Self {
            app_name: wire.app_name,
            app_id: wire.app_id,
            create_time: wire.create_time,
            commit_checkpoint_stream_names: wire.commit_checkpoint_stream_names,
        }
    }
}

/// How far an app has consumed one partition, from [`Client::app_consumptions`].
///
/// DIS sends `partition_id` and `sequence_number` sometimes as JSON numbers, sometimes
/// as strings; here both are the text DIS sent (`0` becomes `"0"`, `"shardId-0000000000"`
/// stays as it is), and empty if DIS left them out.
///
/// ```no_run
/// use futures::TryStreamExt;
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let states: Vec<otc_dis::PartitionConsumption> =
///     client.app_consumptions("orders", "billing").try_collect().await?;
/// let unread = states.iter().filter(|s| s.sequence_number == "-1").count();
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PartitionConsumption {
    /// The partition, e.g. `shardId-0000000000` or `0`.
    pub partition_id: String,
    /// The sequence number the app has committed; `-1` when it has committed none.
    pub sequence_number: String,
    /// The latest offset of the partition.
    pub latest_offset: Option<i64>,
    /// The earliest offset still retained in the partition.
    pub earliest_offset: Option<i64>,
    /// The partition status (known values: CREATING, ACTIVE, DELETED, EXPIRED).
    pub status: Option<String>,
    /// The checkpoint type reported (known value: LAST_READ).
    pub checkpoint_type: Option<String>,
    /// The metadata committed with the checkpoint, when DIS returns it.
    pub metadata: Option<String>,
}

impl From<types::PartitionConsumingState> for PartitionConsumption {
    fn from(state: types::PartitionConsumingState) -> Self {
        Self {
            partition_id: state
                .partition_id
                .map(|value| value.to_string())
                .unwrap_or_default(),
            sequence_number: state
                .sequence_number
                .map(|value| value.to_string())
                .unwrap_or_default(),
            latest_offset: state.latest_offset,
            earliest_offset: state.earliest_offset,
            status: state.status,
            checkpoint_type: state.checkpoint_type,
            metadata: state.metadata,
        }
    }
}
