// @generated from spec/dis-v2.yaml by build-support/generate.rs: do not edit. Regenerate with `UPDATE_BINDINGS=1 cargo test -p otc-dis-contract --test wire bindings`.
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///Body of batch_tag_action.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BatchTagActionRequest {
        pub action: TagAction,
        ///Tags to add (key and value) or delete (key; value optional).
        pub tags: ::std::vec::Vec<Tag>,
    }
    impl BatchTagActionRequest {
        pub fn builder() -> builder::BatchTagActionRequest {
            Default::default()
        }
    }
    ///Reference to a dump task by ID.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BatchTransferTask {
        ///Dump task ID (`task_id`), not the task name.
        pub id: ::std::string::String,
    }
    impl BatchTransferTask {
        pub fn builder() -> builder::BatchTransferTask {
            Default::default()
        }
    }
    ///`BatchTransferTaskActionStreamName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BatchTransferTaskActionStreamName(::std::string::String);
    impl ::std::ops::Deref for BatchTransferTaskActionStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BatchTransferTaskActionStreamName>
    for ::std::string::String {
        fn from(value: BatchTransferTaskActionStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BatchTransferTaskActionStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BatchTransferTaskActionStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for BatchTransferTaskActionStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BatchTransferTaskActionStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Body of batch_transfer_task_action.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BatchTransferTaskRequest {
        pub action: TransferTaskAction,
        ///Tasks to start or stop.
        pub tasks: ::std::vec::Vec<BatchTransferTask>,
    }
    impl BatchTransferTaskRequest {
        pub fn builder() -> builder::BatchTransferTaskRequest {
            Default::default()
        }
    }
    ///Checkpoint type; LAST_READ stores only the sequence number.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CheckpointType {
        #[serde(rename = "LAST_READ")]
        LastRead,
    }
    impl ::std::fmt::Display for CheckpointType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::LastRead => f.write_str("LAST_READ"),
            }
        }
    }
    impl ::std::str::FromStr for CheckpointType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "LAST_READ" => Ok(Self::LastRead),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CheckpointType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CheckpointType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///CloudTable (HBase or OpenTSDB) settings of a dump task, kept free-form. Known members: task_name, agency_name, deliver_time_interval (int), consumer_strategy, cloudtable_cluster_name, cloudtable_cluster_id, cloudtable_table_name, cloudtable_schema {row_key[], columns[]}, opentsdb_schema[], cloudtable_row_key_delimiter, obs_backup_bucket_path, backup_file_prefix, retry_duration (string or number, seconds).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct CloudtableDestinationDescription(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for CloudtableDestinationDescription {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<CloudtableDestinationDescription>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: CloudtableDestinationDescription) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for CloudtableDestinationDescription {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///Body of commit_checkpoint.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CommitCheckpointRequest {
        ///App that consumes the stream.
        pub app_name: CommitCheckpointRequestAppName,
        pub checkpoint_type: CheckpointType,
        ///Free-form app metadata.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<CommitCheckpointRequestMetadata>,
        ///Partition, as `shardId-0000000000` or `0`.
        pub partition_id: ::std::string::String,
        ///Sequence number consumed up to; must be within the partition's valid range.
        pub sequence_number: ::std::string::String,
        ///Not in the reference; sent by the Java SDK to address a stream authorised by another account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stream_id: ::std::option::Option<::std::string::String>,
        ///Stream name.
        pub stream_name: CommitCheckpointRequestStreamName,
    }
    impl CommitCheckpointRequest {
        pub fn builder() -> builder::CommitCheckpointRequest {
            Default::default()
        }
    }
    ///App that consumes the stream.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CommitCheckpointRequestAppName(::std::string::String);
    impl ::std::ops::Deref for CommitCheckpointRequestAppName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CommitCheckpointRequestAppName> for ::std::string::String {
        fn from(value: CommitCheckpointRequestAppName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CommitCheckpointRequestAppName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CommitCheckpointRequestAppName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CommitCheckpointRequestAppName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CommitCheckpointRequestAppName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Free-form app metadata.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CommitCheckpointRequestMetadata(::std::string::String);
    impl ::std::ops::Deref for CommitCheckpointRequestMetadata {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CommitCheckpointRequestMetadata>
    for ::std::string::String {
        fn from(value: CommitCheckpointRequestMetadata) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CommitCheckpointRequestMetadata {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 1000usize {
                return Err("longer than 1000 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CommitCheckpointRequestMetadata {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CommitCheckpointRequestMetadata {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CommitCheckpointRequestMetadata {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Stream name.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CommitCheckpointRequestStreamName(::std::string::String);
    impl ::std::ops::Deref for CommitCheckpointRequestStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CommitCheckpointRequestStreamName>
    for ::std::string::String {
        fn from(value: CommitCheckpointRequestStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CommitCheckpointRequestStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CommitCheckpointRequestStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CommitCheckpointRequestStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CommitCheckpointRequestStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Server-side compression of stored data.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CompressionFormat {
        #[serde(rename = "snappy")]
        Snappy,
        #[serde(rename = "gzip")]
        Gzip,
        #[serde(rename = "zip")]
        Zip,
    }
    impl ::std::fmt::Display for CompressionFormat {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Snappy => f.write_str("snappy"),
                Self::Gzip => f.write_str("gzip"),
                Self::Zip => f.write_str("zip"),
            }
        }
    }
    impl ::std::str::FromStr for CompressionFormat {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "snappy" => Ok(Self::Snappy),
                "gzip" => Ok(Self::Gzip),
                "zip" => Ok(Self::Zip),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CompressionFormat {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CompressionFormat {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Where a new dump task starts reading. `LATEST` (default) = newest data, `TRIM_HORIZON` = oldest retained data.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ConsumerStrategy {
        #[serde(rename = "LATEST")]
        Latest,
        #[serde(rename = "TRIM_HORIZON")]
        TrimHorizon,
    }
    impl ::std::fmt::Display for ConsumerStrategy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Latest => f.write_str("LATEST"),
                Self::TrimHorizon => f.write_str("TRIM_HORIZON"),
            }
        }
    }
    impl ::std::str::FromStr for ConsumerStrategy {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "LATEST" => Ok(Self::Latest),
                "TRIM_HORIZON" => Ok(Self::TrimHorizon),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ConsumerStrategy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ConsumerStrategy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ConsumerStrategy {
        fn default() -> Self {
            ConsumerStrategy::Latest
        }
    }
    ///Body of create_app.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateAppRequest {
        ///App name; letters, digits, `_` and `-`.
        pub app_name: CreateAppRequestAppName,
    }
    impl CreateAppRequest {
        pub fn builder() -> builder::CreateAppRequest {
            Default::default()
        }
    }
    ///App name; letters, digits, `_` and `-`.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateAppRequestAppName(::std::string::String);
    impl ::std::ops::Deref for CreateAppRequestAppName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateAppRequestAppName> for ::std::string::String {
        fn from(value: CreateAppRequestAppName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateAppRequestAppName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateAppRequestAppName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateAppRequestAppName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateAppRequestAppName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Body of create_stream.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateStreamRequest {
        ///Whether the partition count is scaled automatically.
        #[serde(default)]
        pub auto_scale_enabled: bool,
        ///Upper bound for automatic scale-up.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auto_scale_max_partition_count: ::std::option::Option<i32>,
        ///Lower bound for automatic scale-down.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auto_scale_min_partition_count: ::std::option::Option<
            ::std::num::NonZeroU64,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub compression_format: ::std::option::Option<CompressionFormat>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub csv_properties: ::std::option::Option<CsvProperties>,
        ///Retention period in hours.
        #[serde(default = "defaults::default_u64::<i32, 24>")]
        pub data_duration: i32,
        ///Avro schema describing JSON or CSV records.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data_schema: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data_type: ::std::option::Option<DataType>,
        ///Number of partitions, the unit of throughput. Bounded by the account quota (default 50 COMMON / 10 ADVANCED partitions).
        pub partition_count: ::std::num::NonZeroU32,
        ///Stream name; letters, digits, `_` and `-`.
        pub stream_name: CreateStreamRequestStreamName,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stream_type: ::std::option::Option<StreamType>,
        ///Enterprise project of the stream.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub sys_tags: ::std::vec::Vec<SysTag>,
        ///Stream tags; at most 10 per stream (DIS.4601).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<Tag>,
    }
    impl CreateStreamRequest {
        pub fn builder() -> builder::CreateStreamRequest {
            Default::default()
        }
    }
    ///Stream name; letters, digits, `_` and `-`.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateStreamRequestStreamName(::std::string::String);
    impl ::std::ops::Deref for CreateStreamRequestStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateStreamRequestStreamName> for ::std::string::String {
        fn from(value: CreateStreamRequestStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateStreamRequestStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateStreamRequestStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateStreamRequestStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateStreamRequestStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Body of create_tag.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateTagRequest {
        pub tag: Tag,
    }
    impl CreateTagRequest {
        pub fn builder() -> builder::CreateTagRequest {
            Default::default()
        }
    }
    ///`CreateTagStreamId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateTagStreamId(::std::string::String);
    impl ::std::ops::Deref for CreateTagStreamId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateTagStreamId> for ::std::string::String {
        fn from(value: CreateTagStreamId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateTagStreamId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 60usize {
                return Err("longer than 60 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateTagStreamId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateTagStreamId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateTagStreamId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Body of create_transfer_task.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateTransferTaskRequest {
        pub destination_type: TransferTaskDestinationType,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub obs_destination_descriptor: ::std::option::Option<
            ObsDestinationDescriptorRequest,
        >,
    }
    impl CreateTransferTaskRequest {
        pub fn builder() -> builder::CreateTransferTaskRequest {
            Default::default()
        }
    }
    ///`CreateTransferTaskStreamName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateTransferTaskStreamName(::std::string::String);
    impl ::std::ops::Deref for CreateTransferTaskStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateTransferTaskStreamName> for ::std::string::String {
        fn from(value: CreateTransferTaskStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateTransferTaskStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateTransferTaskStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateTransferTaskStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateTransferTaskStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Attributes of CSV data (reference table CSVProperties).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CsvProperties {
        ///Field separator.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub delimiter: ::std::option::Option<::std::string::String>,
    }
    impl CsvProperties {
        pub fn builder() -> builder::CsvProperties {
            Default::default()
        }
    }
    ///Start position of a cursor. AT_SEQUENCE_NUMBER (server default) and AFTER_SEQUENCE_NUMBER use `starting-sequence-number`; TRIM_HORIZON starts at the oldest retained record; LATEST starts after the newest record; AT_TIMESTAMP uses `timestamp`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CursorType {
        #[serde(rename = "AT_SEQUENCE_NUMBER")]
        AtSequenceNumber,
        #[serde(rename = "AFTER_SEQUENCE_NUMBER")]
        AfterSequenceNumber,
        #[serde(rename = "TRIM_HORIZON")]
        TrimHorizon,
        #[serde(rename = "LATEST")]
        Latest,
        #[serde(rename = "AT_TIMESTAMP")]
        AtTimestamp,
    }
    impl ::std::fmt::Display for CursorType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::AtSequenceNumber => f.write_str("AT_SEQUENCE_NUMBER"),
                Self::AfterSequenceNumber => f.write_str("AFTER_SEQUENCE_NUMBER"),
                Self::TrimHorizon => f.write_str("TRIM_HORIZON"),
                Self::Latest => f.write_str("LATEST"),
                Self::AtTimestamp => f.write_str("AT_TIMESTAMP"),
            }
        }
    }
    impl ::std::str::FromStr for CursorType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "AT_SEQUENCE_NUMBER" => Ok(Self::AtSequenceNumber),
                "AFTER_SEQUENCE_NUMBER" => Ok(Self::AfterSequenceNumber),
                "TRIM_HORIZON" => Ok(Self::TrimHorizon),
                "LATEST" => Ok(Self::Latest),
                "AT_TIMESTAMP" => Ok(Self::AtTimestamp),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CursorType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CursorType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for CursorType {
        fn default() -> Self {
            CursorType::AtSequenceNumber
        }
    }
    ///One sample of a metric.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DataPoint {
        ///Sample time.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<i64>,
        ///Metric value at that time.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<i64>,
    }
    impl DataPoint {
        pub fn builder() -> builder::DataPoint {
            Default::default()
        }
    }
    ///Source data type of a stream.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum DataType {
        #[serde(rename = "BLOB")]
        Blob,
        #[serde(rename = "JSON")]
        Json,
        #[serde(rename = "CSV")]
        Csv,
    }
    impl ::std::fmt::Display for DataType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Blob => f.write_str("BLOB"),
                Self::Json => f.write_str("JSON"),
                Self::Csv => f.write_str("CSV"),
            }
        }
    }
    impl ::std::str::FromStr for DataType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "BLOB" => Ok(Self::Blob),
                "JSON" => Ok(Self::Json),
                "CSV" => Ok(Self::Csv),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DataType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DataType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`DeleteAppAppName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteAppAppName(::std::string::String);
    impl ::std::ops::Deref for DeleteAppAppName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteAppAppName> for ::std::string::String {
        fn from(value: DeleteAppAppName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteAppAppName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteAppAppName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteAppAppName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteAppAppName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`DeleteCheckpointAppName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteCheckpointAppName(::std::string::String);
    impl ::std::ops::Deref for DeleteCheckpointAppName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteCheckpointAppName> for ::std::string::String {
        fn from(value: DeleteCheckpointAppName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteCheckpointAppName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteCheckpointAppName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteCheckpointAppName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteCheckpointAppName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`DeleteCheckpointStreamName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteCheckpointStreamName(::std::string::String);
    impl ::std::ops::Deref for DeleteCheckpointStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteCheckpointStreamName> for ::std::string::String {
        fn from(value: DeleteCheckpointStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteCheckpointStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteCheckpointStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteCheckpointStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteCheckpointStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`DeleteStreamStreamName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteStreamStreamName(::std::string::String);
    impl ::std::ops::Deref for DeleteStreamStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteStreamStreamName> for ::std::string::String {
        fn from(value: DeleteStreamStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteStreamStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteStreamStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteStreamStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteStreamStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`DeleteTagKey`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteTagKey(::std::string::String);
    impl ::std::ops::Deref for DeleteTagKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteTagKey> for ::std::string::String {
        fn from(value: DeleteTagKey) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteTagKey {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 36usize {
                return Err("longer than 36 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteTagKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteTagKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteTagKey {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`DeleteTransferTaskStreamName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteTransferTaskStreamName(::std::string::String);
    impl ::std::ops::Deref for DeleteTransferTaskStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteTransferTaskStreamName> for ::std::string::String {
        fn from(value: DeleteTransferTaskStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteTransferTaskStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteTransferTaskStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for DeleteTransferTaskStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteTransferTaskStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`DeleteTransferTaskTaskName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteTransferTaskTaskName(::std::string::String);
    impl ::std::ops::Deref for DeleteTransferTaskTaskName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteTransferTaskTaskName> for ::std::string::String {
        fn from(value: DeleteTransferTaskTaskName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteTransferTaskTaskName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteTransferTaskTaskName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteTransferTaskTaskName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteTransferTaskTaskName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A consumer app (result of show_app, and list entry of list_apps).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DescribeAppResult {
        ///App ID.
        pub app_id: ::std::string::String,
        ///App name.
        pub app_name: ::std::string::String,
        ///Streams on which the app has committed checkpoints.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub commit_checkpoint_stream_names: ::std::vec::Vec<::std::string::String>,
        ///Creation time, epoch milliseconds.
        pub create_time: i64,
    }
    impl DescribeAppResult {
        pub fn builder() -> builder::DescribeAppResult {
            Default::default()
        }
    }
    ///Result of show_stream.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DescribeStreamResponse {
        ///Whether auto scaling is on.
        pub auto_scale_enabled: bool,
        ///Upper bound for automatic scale-up (0 when auto scaling is off).
        pub auto_scale_max_partition_count: i32,
        ///Lower bound for automatic scale-down (0 when auto scaling is off).
        pub auto_scale_min_partition_count: i32,
        ///Known values: snappy, gzip, zip; absent when not compressed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub compression_format: ::std::option::Option<::std::string::String>,
        ///Creation time, epoch milliseconds.
        pub create_time: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub csv_properties: ::std::option::Option<CsvProperties>,
        ///Avro schema of JSON or CSV records.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data_schema: ::std::option::Option<::std::string::String>,
        ///Known values: BLOB, JSON, CSV.
        pub data_type: ::std::string::String,
        ///Whether more partitions follow (page with `start_partitionId`).
        pub has_more_partitions: bool,
        ///Last modification, epoch milliseconds. The reference example shows the string "1599050091026," (typo); the example here uses the number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_modified_time: ::std::option::Option<i64>,
        ///One page of partitions.
        pub partitions: ::std::vec::Vec<PartitionResult>,
        ///Number of readable (ACTIVE and DELETED) partitions.
        pub readable_partition_count: i32,
        ///Retention period in hours (the `data_duration` given at creation).
        pub retention_period: i32,
        ///Stream status. Known values: CREATING, RUNNING, TERMINATING, TERMINATED, FROZEN.
        pub status: ::std::string::String,
        ///Stream ID; used by the tag API and for cross-account access.
        pub stream_id: ::std::string::String,
        ///Stream name.
        pub stream_name: ::std::string::String,
        ///Known values: COMMON, ADVANCED.
        pub stream_type: ::std::string::String,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub sys_tags: ::std::vec::Vec<SysTag>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<Tag>,
        ///History of scaling operations.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub update_partition_counts: ::std::vec::Vec<UpdatePartitionCount>,
        ///Number of writable (ACTIVE) partitions.
        pub writable_partition_count: i32,
    }
    impl DescribeStreamResponse {
        pub fn builder() -> builder::DescribeStreamResponse {
            Default::default()
        }
    }
    ///Dump file format. `parquet` and `carbon` require a JSON stream and an OBS destination.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum DestinationFileType {
        #[serde(rename = "text")]
        Text,
        #[serde(rename = "parquet")]
        Parquet,
        #[serde(rename = "carbon")]
        Carbon,
    }
    impl ::std::fmt::Display for DestinationFileType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Text => f.write_str("text"),
                Self::Parquet => f.write_str("parquet"),
                Self::Carbon => f.write_str("carbon"),
            }
        }
    }
    impl ::std::str::FromStr for DestinationFileType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "text" => Ok(Self::Text),
                "parquet" => Ok(Self::Parquet),
                "carbon" => Ok(Self::Carbon),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DestinationFileType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DestinationFileType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for DestinationFileType {
        fn default() -> Self {
            DestinationFileType::Text
        }
    }
    ///DLI settings of a dump task, kept free-form. Known members: task_name, agency_name, deliver_time_interval (int), consumer_strategy, dli_database_name, dli_table_name, obs_bucket_path, file_prefix, retry_duration (string or number, seconds).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct DliDestinationDescription(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for DliDestinationDescription {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<DliDestinationDescription>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: DliDestinationDescription) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for DliDestinationDescription {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///DWS settings of a dump task, kept free-form. Known members: task_name, agency_name, deliver_time_interval (int), consumer_strategy, dws_cluster_name, dws_cluster_id, dws_database_name, dws_schema, dws_table_name, dws_delimiter, user_name, user_password, kms_user_key_name, kms_user_key_id, obs_bucket_path, file_prefix, retry_duration (string or number, seconds), dws_table_columns, options {fill_missing_fields, ignore_extra_data, compatible_illegal_chars, reject_limit, error_table_name}.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct DwsDestinationDescription(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for DwsDestinationDescription {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<DwsDestinationDescription>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: DwsDestinationDescription) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for DwsDestinationDescription {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///Result of get_cursor. DIS always sends `partition_cursor`, so it is required.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GetCursorResponse {
        ///Cursor for get_records; 1..512 characters, valid for 5 minutes.
        pub partition_cursor: ::std::string::String,
    }
    impl GetCursorResponse {
        pub fn builder() -> builder::GetCursorResponse {
            Default::default()
        }
    }
    ///`GetCursorStartingSequenceNumber`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetCursorStartingSequenceNumber(::std::string::String);
    impl ::std::ops::Deref for GetCursorStartingSequenceNumber {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetCursorStartingSequenceNumber>
    for ::std::string::String {
        fn from(value: GetCursorStartingSequenceNumber) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetCursorStartingSequenceNumber {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 19usize {
                return Err("longer than 19 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetCursorStartingSequenceNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetCursorStartingSequenceNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetCursorStartingSequenceNumber {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`GetCursorStreamName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetCursorStreamName(::std::string::String);
    impl ::std::ops::Deref for GetCursorStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetCursorStreamName> for ::std::string::String {
        fn from(value: GetCursorStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetCursorStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetCursorStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetCursorStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetCursorStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`GetRecordsPartitionCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetRecordsPartitionCursor(::std::string::String);
    impl ::std::ops::Deref for GetRecordsPartitionCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetRecordsPartitionCursor> for ::std::string::String {
        fn from(value: GetRecordsPartitionCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetRecordsPartitionCursor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetRecordsPartitionCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetRecordsPartitionCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetRecordsPartitionCursor {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Result of get_records. DIS always sends `records` (possibly empty) and `next_partition_cursor`, so both are required.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GetRecordsResponse {
        ///Not in the reference; lag behind the newest record in milliseconds, read by the Java and Go SDKs.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub millis_behind_latest: ::std::option::Option<i64>,
        ///Cursor for the next read; 1..512 characters, valid for 5 minutes.
        pub next_partition_cursor: ::std::string::String,
        ///Downloaded records; may be empty.
        pub records: ::std::vec::Vec<Record>,
    }
    impl GetRecordsResponse {
        pub fn builder() -> builder::GetRecordsResponse {
            Default::default()
        }
    }
    ///A value the reference types as a string but that the service (or the reference's own examples) sometimes sends as a JSON integer, e.g. partition IDs, sequence numbers, retry durations. Accepts either.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum LenientString {
        String(::std::string::String),
        Int64(i64),
    }
    impl ::std::fmt::Display for LenientString {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Int64(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for LenientString {
        fn from(value: i64) -> Self {
            Self::Int64(value)
        }
    }
    ///Result of list_apps.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ListAppResponse {
        ///The apps on this page.
        pub apps: ::std::vec::Vec<DescribeAppResult>,
        ///Whether another page follows.
        pub has_more_app: bool,
        ///Number of matching apps in total.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_number: ::std::option::Option<i32>,
    }
    impl ListAppResponse {
        pub fn builder() -> builder::ListAppResponse {
            Default::default()
        }
    }
    ///`ListAppsStartAppName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListAppsStartAppName(::std::string::String);
    impl ::std::ops::Deref for ListAppsStartAppName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListAppsStartAppName> for ::std::string::String {
        fn from(value: ListAppsStartAppName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListAppsStartAppName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListAppsStartAppName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListAppsStartAppName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListAppsStartAppName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListAppsStreamName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListAppsStreamName(::std::string::String);
    impl ::std::ops::Deref for ListAppsStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListAppsStreamName> for ::std::string::String {
        fn from(value: ListAppsStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListAppsStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListAppsStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListAppsStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListAppsStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Body of list_resources_by_tags. `tags` and `tags_any`: resources having any of the given tags; `not_tags` and `not_tags_any`: resources having none of them. Each list holds at most 10 keys with at most 10 values each.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ListResourcesByTagsRequest {
        pub action: ResourceQueryAction,
        ///Page size as a numeric string, 1..1000; the server default is `1000`. Must not be sent with `count` (hence no `default:` keyword, which would make generated clients always send it).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limit: ::std::option::Option<::std::string::String>,
        ///Search criteria. Typed String in the reference table; its examples send an array of `{key, value}` objects, modelled here.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub matches: ::std::vec::Vec<TagMatch>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub not_tags: ::std::vec::Vec<TagFilter>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub not_tags_any: ::std::vec::Vec<TagFilter>,
        ///Start index as a numeric string, >= 0, default `0`. Not used with `count`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub offset: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<TagFilter>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags_any: ::std::vec::Vec<TagFilter>,
    }
    impl ListResourcesByTagsRequest {
        pub fn builder() -> builder::ListResourcesByTagsRequest {
            Default::default()
        }
    }
    ///Response of list_resources_by_tags, modelled from the example (the reference's response table is a copy of the request table). With `action: count` only `total_count` is expected.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ListResourcesByTagsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub resources: ::std::vec::Vec<Resource>,
        ///Number of matching resources.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_count: ::std::option::Option<i32>,
    }
    impl ListResourcesByTagsResponse {
        pub fn builder() -> builder::ListResourcesByTagsResponse {
            Default::default()
        }
    }
    ///Result of list_streams.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ListStreamsResponse {
        ///Whether another page follows.
        pub has_more_streams: bool,
        ///The streams on this page.
        pub stream_info_list: ::std::vec::Vec<StreamInfo>,
        ///Names of the streams on this page (older field; the same names are in `stream_info_list`).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub stream_names: ::std::vec::Vec<::std::string::String>,
        ///Number of streams of the tenant in total.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_number: ::std::option::Option<i64>,
    }
    impl ListStreamsResponse {
        pub fn builder() -> builder::ListStreamsResponse {
            Default::default()
        }
    }
    ///`ListStreamsStartStreamName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListStreamsStartStreamName(::std::string::String);
    impl ::std::ops::Deref for ListStreamsStartStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListStreamsStartStreamName> for ::std::string::String {
        fn from(value: ListStreamsStartStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListStreamsStartStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListStreamsStartStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListStreamsStartStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListStreamsStartStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Response of list_tags.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ListTagsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<TagsWithValues>,
    }
    impl ListTagsResponse {
        pub fn builder() -> builder::ListTagsResponse {
            Default::default()
        }
    }
    ///Response of list_transfer_tasks.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ListTransferTasksResponse {
        ///Maximum number of dump tasks the stream may have.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quota: ::std::option::Option<i32>,
        pub tasks: ::std::vec::Vec<TransferTask>,
        ///Number of dump tasks of the stream.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_number: ::std::option::Option<i32>,
    }
    impl ListTransferTasksResponse {
        pub fn builder() -> builder::ListTransferTasksResponse {
            Default::default()
        }
    }
    ///`ListTransferTasksStartTaskName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListTransferTasksStartTaskName(::std::string::String);
    impl ::std::ops::Deref for ListTransferTasksStartTaskName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListTransferTasksStartTaskName> for ::std::string::String {
        fn from(value: ListTransferTasksStartTaskName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListTransferTasksStartTaskName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListTransferTasksStartTaskName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListTransferTasksStartTaskName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListTransferTasksStartTaskName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListTransferTasksStreamName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListTransferTasksStreamName(::std::string::String);
    impl ::std::ops::Deref for ListTransferTasksStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListTransferTasksStreamName> for ::std::string::String {
        fn from(value: ListTransferTasksStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListTransferTasksStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListTransferTasksStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListTransferTasksStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListTransferTasksStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///One metric time series. Note the camelCase `dataPoints`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Metrics {
        #[serde(
            rename = "dataPoints",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub data_points: ::std::vec::Vec<DataPoint>,
        ///Metric label (see StreamMetricLabel / PartitionMetricLabel).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<::std::string::String>,
    }
    impl Metrics {
        pub fn builder() -> builder::Metrics {
            Default::default()
        }
    }
    ///MRS settings of a dump task, kept free-form. Known members: task_name, agency_name, deliver_time_interval (int), consumer_strategy, mrs_cluster_name, mrs_cluster_id, mrs_hdfs_path, file_prefix, hdfs_prefix_folder, obs_bucket_path, retry_duration (string or number, seconds).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct MrsDestinationDescription(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for MrsDestinationDescription {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<MrsDestinationDescription>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: MrsDestinationDescription) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for MrsDestinationDescription {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///OBS settings of an existing dump task (response counterpart of ObsDestinationDescriptorRequest, without its enum/range checks so unknown values still decode). `retry_duration` is only in the example.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ObsDestinationDescription {
        pub agency_name: ::std::string::String,
        ///Known values: LATEST, TRIM_HORIZON.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub consumer_strategy: ::std::option::Option<::std::string::String>,
        ///Seconds between dump cycles (30..900 at creation).
        pub deliver_time_interval: i32,
        ///Known values: text, parquet, carbon.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub destination_file_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_prefix: ::std::option::Option<::std::string::String>,
        pub obs_bucket_path: ::std::string::String,
        ///Known values: yyyy, yyyy/MM, yyyy/MM/dd, yyyy/MM/dd/HH, yyyy/MM/dd/HH/mm (or empty).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partition_format: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub processing_schema: ::std::option::Option<ProcessingSchemaDescription>,
        ///Known values: `,` `;` `|` newline (the example shows an empty string).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub record_delimiter: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub retry_duration: ::std::option::Option<LenientString>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub task_name: ::std::option::Option<::std::string::String>,
    }
    impl ObsDestinationDescription {
        pub fn builder() -> builder::ObsDestinationDescription {
            Default::default()
        }
    }
    ///OBS destination settings of a new dump task. Marked optional in CreateTransferTaskRequest by the reference, but an OBS task cannot be created without it. Files land under `obs_bucket_path/file_prefix/partition_format`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ObsDestinationDescriptorRequest {
        ///IAM agency (type cloud service, service DIS) through which DIS writes to OBS; the console creates `dis_admin_agency`. An invalid agency gives DIS.4335.
        pub agency_name: ObsDestinationDescriptorRequestAgencyName,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub consumer_strategy: ::std::option::Option<ConsumerStrategy>,
        ///Seconds between dump cycles; no file is written for a cycle without data.
        pub deliver_time_interval: i32,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub destination_file_type: ::std::option::Option<DestinationFileType>,
        ///Directory inside the bucket; letters, digits, `_` and `/`, not starting with `/` (character set not enforced here). Empty by default.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_prefix: ::std::option::Option<
            ObsDestinationDescriptorRequestFilePrefix,
        >,
        ///Name of the OBS bucket that receives the data (missing bucket gives DIS.4306).
        pub obs_bucket_path: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partition_format: ::std::option::Option<PartitionFormat>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub processing_schema: ::std::option::Option<ProcessingSchema>,
        ///Separator written between records in the dump file: `,` `;` `|` or newline. Server default: newline (the reference's `Default:`; its text calls comma the default, but tasks created without the field report `\n`). No `default:` keyword, so clients omit the field unless set. A pattern instead of an enum because progenitor cannot name enum variants made only of punctuation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub record_delimiter: ::std::option::Option<::std::string::String>,
        ///Dump task name, unique within the stream.
        pub task_name: ObsDestinationDescriptorRequestTaskName,
    }
    impl ObsDestinationDescriptorRequest {
        pub fn builder() -> builder::ObsDestinationDescriptorRequest {
            Default::default()
        }
    }
    ///IAM agency (type cloud service, service DIS) through which DIS writes to OBS; the console creates `dis_admin_agency`. An invalid agency gives DIS.4335.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ObsDestinationDescriptorRequestAgencyName(::std::string::String);
    impl ::std::ops::Deref for ObsDestinationDescriptorRequestAgencyName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ObsDestinationDescriptorRequestAgencyName>
    for ::std::string::String {
        fn from(value: ObsDestinationDescriptorRequestAgencyName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ObsDestinationDescriptorRequestAgencyName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ObsDestinationDescriptorRequestAgencyName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ObsDestinationDescriptorRequestAgencyName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ObsDestinationDescriptorRequestAgencyName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Directory inside the bucket; letters, digits, `_` and `/`, not starting with `/` (character set not enforced here). Empty by default.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ObsDestinationDescriptorRequestFilePrefix(::std::string::String);
    impl ::std::ops::Deref for ObsDestinationDescriptorRequestFilePrefix {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ObsDestinationDescriptorRequestFilePrefix>
    for ::std::string::String {
        fn from(value: ObsDestinationDescriptorRequestFilePrefix) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ObsDestinationDescriptorRequestFilePrefix {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 50usize {
                return Err("longer than 50 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ObsDestinationDescriptorRequestFilePrefix {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ObsDestinationDescriptorRequestFilePrefix {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ObsDestinationDescriptorRequestFilePrefix {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Dump task name, unique within the stream.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ObsDestinationDescriptorRequestTaskName(::std::string::String);
    impl ::std::ops::Deref for ObsDestinationDescriptorRequestTaskName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ObsDestinationDescriptorRequestTaskName>
    for ::std::string::String {
        fn from(value: ObsDestinationDescriptorRequestTaskName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ObsDestinationDescriptorRequestTaskName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ObsDestinationDescriptorRequestTaskName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ObsDestinationDescriptorRequestTaskName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ObsDestinationDescriptorRequestTaskName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Consumption state of an app on one partition (reference table PartitionConsumingStates). `partition_id` is the partition and `sequence_number` the committed sequence number (-1 when nothing has been committed). Wire: the reference types both as strings, but its example (and the service) send JSON numbers, so both are LenientString.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PartitionConsumingState {
        ///Known values: LAST_READ.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub checkpoint_type: ::std::option::Option<::std::string::String>,
        ///Earliest retained offset of the partition.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub earliest_offset: ::std::option::Option<i64>,
        ///Latest offset of the partition.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub latest_offset: ::std::option::Option<i64>,
        ///Not in the reference; checkpoint metadata, returned to and read by the Java SDK.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partition_id: ::std::option::Option<LenientString>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sequence_number: ::std::option::Option<LenientString>,
        ///Partition status. Known values: CREATING, ACTIVE, DELETED, EXPIRED.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl PartitionConsumingState {
        pub fn builder() -> builder::PartitionConsumingState {
            Default::default()
        }
    }
    ///Time-based directory structure below `file_prefix` (dump task creation time, or the record timestamp when `processing_schema` is set). Omit for no time directories.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum PartitionFormat {
        #[serde(rename = "yyyy")]
        Yyyy,
        #[serde(rename = "yyyy/MM")]
        YyyyMm,
        #[serde(rename = "yyyy/MM/dd")]
        YyyyMmDd,
        #[serde(rename = "yyyy/MM/dd/HH")]
        YyyyMmDdHh,
        #[serde(rename = "yyyy/MM/dd/HH/mm")]
        YyyyMmDdHhMm,
    }
    impl ::std::fmt::Display for PartitionFormat {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Yyyy => f.write_str("yyyy"),
                Self::YyyyMm => f.write_str("yyyy/MM"),
                Self::YyyyMmDd => f.write_str("yyyy/MM/dd"),
                Self::YyyyMmDdHh => f.write_str("yyyy/MM/dd/HH"),
                Self::YyyyMmDdHhMm => f.write_str("yyyy/MM/dd/HH/mm"),
            }
        }
    }
    impl ::std::str::FromStr for PartitionFormat {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "yyyy" => Ok(Self::Yyyy),
                "yyyy/MM" => Ok(Self::YyyyMm),
                "yyyy/MM/dd" => Ok(Self::YyyyMmDd),
                "yyyy/MM/dd/HH" => Ok(Self::YyyyMmDdHh),
                "yyyy/MM/dd/HH/mm" => Ok(Self::YyyyMmDdHhMm),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PartitionFormat {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PartitionFormat {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Partition metrics: input/output bytes and input/output records of the partition.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum PartitionMetricLabel {
        #[serde(rename = "total_put_bytes_per_partition")]
        TotalPutBytesPerPartition,
        #[serde(rename = "total_get_bytes_per_partition")]
        TotalGetBytesPerPartition,
        #[serde(rename = "total_put_records_per_partition")]
        TotalPutRecordsPerPartition,
        #[serde(rename = "total_get_records_per_partition")]
        TotalGetRecordsPerPartition,
    }
    impl ::std::fmt::Display for PartitionMetricLabel {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::TotalPutBytesPerPartition => {
                    f.write_str("total_put_bytes_per_partition")
                }
                Self::TotalGetBytesPerPartition => {
                    f.write_str("total_get_bytes_per_partition")
                }
                Self::TotalPutRecordsPerPartition => {
                    f.write_str("total_put_records_per_partition")
                }
                Self::TotalGetRecordsPerPartition => {
                    f.write_str("total_get_records_per_partition")
                }
            }
        }
    }
    impl ::std::str::FromStr for PartitionMetricLabel {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "total_put_bytes_per_partition" => Ok(Self::TotalPutBytesPerPartition),
                "total_get_bytes_per_partition" => Ok(Self::TotalGetBytesPerPartition),
                "total_put_records_per_partition" => {
                    Ok(Self::TotalPutRecordsPerPartition)
                }
                "total_get_records_per_partition" => {
                    Ok(Self::TotalGetRecordsPerPartition)
                }
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PartitionMetricLabel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PartitionMetricLabel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A partition of a stream.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PartitionResult {
        ///Hash key range served by the partition, e.g. "[0 : 9223372036854775807]".
        pub hash_range: ::std::string::String,
        ///Parent partition(s) after scaling.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parent_partitions: ::std::option::Option<::std::string::String>,
        ///Partition ID, e.g. shardId-0000000000.
        pub partition_id: ::std::string::String,
        ///Range of sequence numbers held, e.g. "[289911 : 289927]".
        pub sequence_number_range: ::std::string::String,
        ///Partition status. Known values: CREATING, ACTIVE, DELETED, EXPIRED.
        pub status: ::std::string::String,
    }
    impl PartitionResult {
        pub fn builder() -> builder::PartitionResult {
            Default::default()
        }
    }
    ///Dump progress of one partition (wire shape; note the camelCase `partitionId`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PartitionTransferResult {
        ///Number of dirty (discarded) records of the partition.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub discard: ::std::option::Option<i64>,
        ///Offset (sequence number) of the latest dumped record.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_transfer_offset: ::std::option::Option<i64>,
        ///Time of the latest dump, epoch milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_transfer_timestamp: ::std::option::Option<i64>,
        ///Partition ID, e.g. `shardId-0000000000`.
        #[serde(rename = "partitionId")]
        pub partition_id: ::std::string::String,
        ///Dump state of the partition. Known values: RUNNING, ABNORMAL.
        pub state: ::std::string::String,
    }
    impl PartitionTransferResult {
        pub fn builder() -> builder::PartitionTransferResult {
            Default::default()
        }
    }
    ///Derives the time directories from a timestamp attribute of the records instead of the task creation time.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ProcessingSchema {
        ///Format of a `String` timestamp (required then). One of `yyyy/MM/dd HH:mm:ss`, `MM/dd/yyyy HH:mm:ss`, `dd/MM/yyyy HH:mm:ss`, `yyyy-MM-dd HH:mm:ss`, `MM-dd-yyyy HH:mm:ss`, `dd-MM-yyyy HH:mm:ss`. Modelled as a pattern because progenitor derives identical Rust variant names for the `/` and `-` forms.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp_format: ::std::option::Option<::std::string::String>,
        ///Name of the timestamp attribute in the source data.
        pub timestamp_name: ::std::string::String,
        ///Type of that attribute, `String` or `Timestamp` (13-digit epoch milliseconds, long).
        pub timestamp_type: ProcessingSchemaTimestampType,
    }
    impl ProcessingSchema {
        pub fn builder() -> builder::ProcessingSchema {
            Default::default()
        }
    }
    ///ProcessingSchema as returned in a response (no enum/pattern checks).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ProcessingSchemaDescription {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp_format: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp_name: ::std::option::Option<::std::string::String>,
        ///Known values: String, Timestamp.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp_type: ::std::option::Option<::std::string::String>,
    }
    impl ProcessingSchemaDescription {
        pub fn builder() -> builder::ProcessingSchemaDescription {
            Default::default()
        }
    }
    ///Type of that attribute, `String` or `Timestamp` (13-digit epoch milliseconds, long).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ProcessingSchemaTimestampType {
        String,
        Timestamp,
    }
    impl ::std::fmt::Display for ProcessingSchemaTimestampType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::String => f.write_str("String"),
                Self::Timestamp => f.write_str("Timestamp"),
            }
        }
    }
    impl ::std::str::FromStr for ProcessingSchemaTimestampType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "String" => Ok(Self::String),
                "Timestamp" => Ok(Self::Timestamp),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ProcessingSchemaTimestampType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ProcessingSchemaTimestampType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Body of put_records.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PutRecordsRequest {
        ///Records to write; an empty request gives DIS.4202. The total size is limited to 5 MB.
        pub records: ::std::vec::Vec<PutRecordsRequestEntry>,
        ///Stream ID, used when no stream matches `stream_name`; required for streams authorised by another account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stream_id: ::std::option::Option<::std::string::String>,
        ///Target stream. Wire: the reference says at most 60 characters, but 64-character names exist; the Python SDK sends "" together with `stream_id`.
        pub stream_name: PutRecordsRequestStreamName,
    }
    impl PutRecordsRequest {
        pub fn builder() -> builder::PutRecordsRequest {
            Default::default()
        }
    }
    ///One record to upload.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PutRecordsRequestEntry {
        ///Record payload, base64-encoded; at most 1 MB before encoding.
        pub data: ::std::string::String,
        ///Decimal hash value 0..9223372036854775807 that selects the partition and overrides the hash of `partition_key`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub explicit_hash_key: ::std::option::Option<::std::string::String>,
        ///Target partition (`shardId-0000000000` or `0`); takes precedence over `partition_key`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partition_id: ::std::option::Option<::std::string::String>,
        ///Key whose hash selects the partition.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partition_key: ::std::option::Option<::std::string::String>,
        ///Not in the reference; record creation time in epoch milliseconds, sent by the Java SDK.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<i64>,
    }
    impl PutRecordsRequestEntry {
        pub fn builder() -> builder::PutRecordsRequestEntry {
            Default::default()
        }
    }
    ///Target stream. Wire: the reference says at most 60 characters, but 64-character names exist; the Python SDK sends "" together with `stream_id`.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct PutRecordsRequestStreamName(::std::string::String);
    impl ::std::ops::Deref for PutRecordsRequestStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<PutRecordsRequestStreamName> for ::std::string::String {
        fn from(value: PutRecordsRequestStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for PutRecordsRequestStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for PutRecordsRequestStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PutRecordsRequestStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PutRecordsRequestStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Result of put_records.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PutRecordsResponse {
        ///Number of records that were not written.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub failed_record_count: ::std::option::Option<i32>,
        ///One result per request record, in request order.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub records: ::std::vec::Vec<PutRecordsResultEntry>,
    }
    impl PutRecordsResponse {
        pub fn builder() -> builder::PutRecordsResponse {
            Default::default()
        }
    }
    ///Result for one uploaded record: either its position (`partition_id`, `sequence_number`) or an error. `sequence_number` is a string per the reference and accepted as a number too (LenientString).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PutRecordsResultEntry {
        ///Error code if the record failed, e.g. DIS.4303 (throttled, retriable).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_code: ::std::option::Option<::std::string::String>,
        ///Error message if the record failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_message: ::std::option::Option<::std::string::String>,
        ///Partition the record was written to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partition_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sequence_number: ::std::option::Option<LenientString>,
    }
    impl PutRecordsResultEntry {
        pub fn builder() -> builder::PutRecordsResultEntry {
            Default::default()
        }
    }
    ///A downloaded record. `sequence_number` is a string per the reference and accepted as a number too (LenientString).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Record {
        ///Record payload, base64-encoded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<::std::string::String>,
        ///Partition key given at upload; absent if the record was uploaded with `partition_id`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partition_key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sequence_number: ::std::option::Option<LenientString>,
        ///When the record was written, epoch milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<i64>,
        ///Meaning of `timestamp`. Known values: CreateTime.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp_type: ::std::option::Option<::std::string::String>,
    }
    impl Record {
        pub fn builder() -> builder::Record {
            Default::default()
        }
    }
    ///A stream matched by a tag query.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Resource {
        ///Resource details; `null` in the reference example, any JSON value accepted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub resource_detail: ::std::option::Option<::serde_json::Value>,
        ///Stream ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub resource_id: ::std::option::Option<::std::string::String>,
        ///Stream name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub resource_name: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<Tag>,
    }
    impl Resource {
        pub fn builder() -> builder::Resource {
            Default::default()
        }
    }
    ///`filter` returns a page of resources, `count` only the number of matches.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ResourceQueryAction {
        #[serde(rename = "filter")]
        Filter,
        #[serde(rename = "count")]
        Count,
    }
    impl ::std::fmt::Display for ResourceQueryAction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Filter => f.write_str("filter"),
                Self::Count => f.write_str("count"),
            }
        }
    }
    impl ::std::str::FromStr for ResourceQueryAction {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "filter" => Ok(Self::Filter),
                "count" => Ok(Self::Count),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResourceQueryAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResourceQueryAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ShowAppAppName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ShowAppAppName(::std::string::String);
    impl ::std::ops::Deref for ShowAppAppName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ShowAppAppName> for ::std::string::String {
        fn from(value: ShowAppAppName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ShowAppAppName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ShowAppAppName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ShowAppAppName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ShowAppAppName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ShowCheckpointAppName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ShowCheckpointAppName(::std::string::String);
    impl ::std::ops::Deref for ShowCheckpointAppName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ShowCheckpointAppName> for ::std::string::String {
        fn from(value: ShowCheckpointAppName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ShowCheckpointAppName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ShowCheckpointAppName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ShowCheckpointAppName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ShowCheckpointAppName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Result of show_checkpoint. `sequence_number` is the committed sequence number; it is typed as string by the reference and accepted as a number too (LenientString), like other sequence numbers in responses. DIS always sends it (`-1` when the app has no checkpoint on the partition), so it is required.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ShowCheckpointResponse {
        ///App metadata stored with the checkpoint.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<::std::string::String>,
        pub sequence_number: LenientString,
    }
    impl ShowCheckpointResponse {
        pub fn builder() -> builder::ShowCheckpointResponse {
            Default::default()
        }
    }
    ///`ShowCheckpointStreamName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ShowCheckpointStreamName(::std::string::String);
    impl ::std::ops::Deref for ShowCheckpointStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ShowCheckpointStreamName> for ::std::string::String {
        fn from(value: ShowCheckpointStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ShowCheckpointStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ShowCheckpointStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ShowCheckpointStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ShowCheckpointStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ShowConsumerStateAppName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ShowConsumerStateAppName(::std::string::String);
    impl ::std::ops::Deref for ShowConsumerStateAppName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ShowConsumerStateAppName> for ::std::string::String {
        fn from(value: ShowConsumerStateAppName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ShowConsumerStateAppName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ShowConsumerStateAppName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ShowConsumerStateAppName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ShowConsumerStateAppName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Result of show_consumer_state.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ShowConsumerStateResponse {
        ///App name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_name: ::std::option::Option<::std::string::String>,
        ///Whether more partitions follow (page with `start_partition_id`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_more: ::std::option::Option<bool>,
        ///Consumption state per partition.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub partition_consuming_states: ::std::vec::Vec<PartitionConsumingState>,
        ///Stream name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stream_name: ::std::option::Option<::std::string::String>,
    }
    impl ShowConsumerStateResponse {
        pub fn builder() -> builder::ShowConsumerStateResponse {
            Default::default()
        }
    }
    ///`ShowConsumerStateStreamName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ShowConsumerStateStreamName(::std::string::String);
    impl ::std::ops::Deref for ShowConsumerStateStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ShowConsumerStateStreamName> for ::std::string::String {
        fn from(value: ShowConsumerStateStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ShowConsumerStateStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ShowConsumerStateStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ShowConsumerStateStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ShowConsumerStateStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Response of show_partition_metrics. The reference documents only `metrics`; `metrics_list` is accepted for `label_list` queries, as on the stream endpoint.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ShowPartitionMetricsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metrics: ::std::option::Option<Metrics>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub metrics_list: ::std::vec::Vec<Metrics>,
    }
    impl ShowPartitionMetricsResponse {
        pub fn builder() -> builder::ShowPartitionMetricsResponse {
            Default::default()
        }
    }
    ///`ShowPartitionMetricsStreamName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ShowPartitionMetricsStreamName(::std::string::String);
    impl ::std::ops::Deref for ShowPartitionMetricsStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ShowPartitionMetricsStreamName> for ::std::string::String {
        fn from(value: ShowPartitionMetricsStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ShowPartitionMetricsStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ShowPartitionMetricsStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ShowPartitionMetricsStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ShowPartitionMetricsStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Response of show_stream_metrics. `metrics` for a `label` query, `metrics_list` for a `label_list` query.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ShowStreamMetricsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metrics: ::std::option::Option<Metrics>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub metrics_list: ::std::vec::Vec<Metrics>,
    }
    impl ShowStreamMetricsResponse {
        pub fn builder() -> builder::ShowStreamMetricsResponse {
            Default::default()
        }
    }
    ///`ShowStreamMetricsStreamName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ShowStreamMetricsStreamName(::std::string::String);
    impl ::std::ops::Deref for ShowStreamMetricsStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ShowStreamMetricsStreamName> for ::std::string::String {
        fn from(value: ShowStreamMetricsStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ShowStreamMetricsStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ShowStreamMetricsStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ShowStreamMetricsStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ShowStreamMetricsStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ShowStreamStreamName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ShowStreamStreamName(::std::string::String);
    impl ::std::ops::Deref for ShowStreamStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ShowStreamStreamName> for ::std::string::String {
        fn from(value: ShowStreamStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ShowStreamStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ShowStreamStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ShowStreamStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ShowStreamStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Response of show_stream_tags.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ShowStreamTagsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<Tag>,
    }
    impl ShowStreamTagsResponse {
        pub fn builder() -> builder::ShowStreamTagsResponse {
            Default::default()
        }
    }
    ///Response of show_transfer_task. Exactly one `*_destination_description` matching `destination_type` is expected. The reference spells the DWS and CloudTable members `dws_destination_descripton` / `cloudtable_destination_descripton` while the Java SDK reads `dws_destination_description` / `cloudtable_destination_description`; both spellings are accepted.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ShowTransferTaskResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cloudtable_destination_description: ::std::option::Option<
            CloudtableDestinationDescription,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cloudtable_destination_descripton: ::std::option::Option<
            CloudtableDestinationDescription,
        >,
        ///Creation time, epoch milliseconds.
        pub create_time: i64,
        ///Destination. Known values: OBS, MRS, DLI, CLOUDTABLE, DWS.
        pub destination_type: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dli_destination_description: ::std::option::Option<
            DliDestinationDescription,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dws_destination_description: ::std::option::Option<
            DwsDestinationDescription,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dws_destination_descripton: ::std::option::Option<DwsDestinationDescription>,
        ///Time of the latest dump, epoch milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_transfer_timestamp: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mrs_destination_description: ::std::option::Option<
            MrsDestinationDescription,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub obs_destination_description: ::std::option::Option<
            ObsDestinationDescription,
        >,
        ///Per-partition dump progress. Wire/example shape, not the PartitionResult of the reference table.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub partitions: ::std::vec::Vec<PartitionTransferResult>,
        ///Task state. Known values: ERROR, STARTING, PAUSED, RUNNING, DELETE, ABNORMAL.
        pub state: ::std::string::String,
        ///Stream ID (in the example, not in the reference table).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stream_id: ::std::option::Option<::std::string::String>,
        pub stream_name: ::std::string::String,
        ///Task ID (in the example, not in the reference table).
        pub task_id: ::std::string::String,
        pub task_name: ::std::string::String,
    }
    impl ShowTransferTaskResponse {
        pub fn builder() -> builder::ShowTransferTaskResponse {
            Default::default()
        }
    }
    ///`ShowTransferTaskStreamName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ShowTransferTaskStreamName(::std::string::String);
    impl ::std::ops::Deref for ShowTransferTaskStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ShowTransferTaskStreamName> for ::std::string::String {
        fn from(value: ShowTransferTaskStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ShowTransferTaskStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ShowTransferTaskStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ShowTransferTaskStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ShowTransferTaskStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ShowTransferTaskTaskName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ShowTransferTaskTaskName(::std::string::String);
    impl ::std::ops::Deref for ShowTransferTaskTaskName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ShowTransferTaskTaskName> for ::std::string::String {
        fn from(value: ShowTransferTaskTaskName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ShowTransferTaskTaskName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ShowTransferTaskTaskName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ShowTransferTaskTaskName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ShowTransferTaskTaskName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Summary of a stream in list_streams.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct StreamInfo {
        ///Whether auto scaling is on.
        pub auto_scale_enabled: bool,
        ///Upper bound for automatic scale-up (0 when auto scaling is off).
        pub auto_scale_max_partition_count: i32,
        ///Lower bound for automatic scale-down. Wire: 0 when auto scaling is off, although the reference states a minimum of 1.
        pub auto_scale_min_partition_count: i32,
        ///Creation time, epoch milliseconds.
        pub create_time: i64,
        ///Known values: BLOB, JSON, CSV.
        pub data_type: ::std::string::String,
        ///Number of partitions.
        pub partition_count: i32,
        ///Retention period in hours.
        pub retention_period: i32,
        ///Stream status. Known values: CREATING, RUNNING, TERMINATING, TERMINATED, FROZEN.
        pub status: ::std::string::String,
        ///Stream ID (missing from the reference table, present in its example); used by the tag API.
        pub stream_id: ::std::string::String,
        ///Stream name.
        pub stream_name: ::std::string::String,
        ///Known values: COMMON, ADVANCED.
        pub stream_type: ::std::string::String,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub sys_tags: ::std::vec::Vec<SysTag>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<Tag>,
    }
    impl StreamInfo {
        pub fn builder() -> builder::StreamInfo {
            Default::default()
        }
    }
    ///Stream metrics: input/output bytes, input/output records, average upload/download latency (ms), successful upload/download requests, upload/download requests rejected by flow control.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum StreamMetricLabel {
        #[serde(rename = "total_put_bytes_per_stream")]
        TotalPutBytesPerStream,
        #[serde(rename = "total_get_bytes_per_stream")]
        TotalGetBytesPerStream,
        #[serde(rename = "total_put_records_per_stream")]
        TotalPutRecordsPerStream,
        #[serde(rename = "total_get_records_per_stream")]
        TotalGetRecordsPerStream,
        #[serde(rename = "total_put_req_latency")]
        TotalPutReqLatency,
        #[serde(rename = "total_get_req_latency")]
        TotalGetReqLatency,
        #[serde(rename = "total_put_req_suc_per_stream")]
        TotalPutReqSucPerStream,
        #[serde(rename = "total_get_req_suc_per_stream")]
        TotalGetReqSucPerStream,
        #[serde(rename = "traffic_control_put")]
        TrafficControlPut,
        #[serde(rename = "traffic_control_get")]
        TrafficControlGet,
    }
    impl ::std::fmt::Display for StreamMetricLabel {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::TotalPutBytesPerStream => f.write_str("total_put_bytes_per_stream"),
                Self::TotalGetBytesPerStream => f.write_str("total_get_bytes_per_stream"),
                Self::TotalPutRecordsPerStream => {
                    f.write_str("total_put_records_per_stream")
                }
                Self::TotalGetRecordsPerStream => {
                    f.write_str("total_get_records_per_stream")
                }
                Self::TotalPutReqLatency => f.write_str("total_put_req_latency"),
                Self::TotalGetReqLatency => f.write_str("total_get_req_latency"),
                Self::TotalPutReqSucPerStream => {
                    f.write_str("total_put_req_suc_per_stream")
                }
                Self::TotalGetReqSucPerStream => {
                    f.write_str("total_get_req_suc_per_stream")
                }
                Self::TrafficControlPut => f.write_str("traffic_control_put"),
                Self::TrafficControlGet => f.write_str("traffic_control_get"),
            }
        }
    }
    impl ::std::str::FromStr for StreamMetricLabel {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "total_put_bytes_per_stream" => Ok(Self::TotalPutBytesPerStream),
                "total_get_bytes_per_stream" => Ok(Self::TotalGetBytesPerStream),
                "total_put_records_per_stream" => Ok(Self::TotalPutRecordsPerStream),
                "total_get_records_per_stream" => Ok(Self::TotalGetRecordsPerStream),
                "total_put_req_latency" => Ok(Self::TotalPutReqLatency),
                "total_get_req_latency" => Ok(Self::TotalGetReqLatency),
                "total_put_req_suc_per_stream" => Ok(Self::TotalPutReqSucPerStream),
                "total_get_req_suc_per_stream" => Ok(Self::TotalGetReqSucPerStream),
                "traffic_control_put" => Ok(Self::TrafficControlPut),
                "traffic_control_get" => Ok(Self::TrafficControlGet),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for StreamMetricLabel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for StreamMetricLabel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Stream type. COMMON partitions write 1 MB/s or 1000 records/s and read 2 MB/s; ADVANCED partitions write 5 MB/s or 2000 records/s and read 10 MB/s.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum StreamType {
        #[serde(rename = "COMMON")]
        Common,
        #[serde(rename = "ADVANCED")]
        Advanced,
    }
    impl ::std::fmt::Display for StreamType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Common => f.write_str("COMMON"),
                Self::Advanced => f.write_str("ADVANCED"),
            }
        }
    }
    impl ::std::str::FromStr for StreamType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "COMMON" => Ok(Self::Common),
                "ADVANCED" => Ok(Self::Advanced),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for StreamType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for StreamType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///System tag carrying the enterprise project of a stream.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SysTag {
        ///Always `_sys_enterprise_project_id`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        ///Appears only in the reference's response tables (with the single listed value `_sys_enterprise_project_id`); meaning undocumented.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///Enterprise project ID (a 36-character UUID; `0` is the default project).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl SysTag {
        pub fn builder() -> builder::SysTag {
            Default::default()
        }
    }
    ///Resource tag.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Tag {
        ///Tag key, unique per resource; letters, digits, `-`, `_` and characters U+4E00..U+9FFF.
        pub key: TagKey,
        ///Tag value, 0..43 characters (may be empty); letters, digits, `.`, `-`, `_` and characters U+4E00..U+9FFF.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<TagValue>,
    }
    impl Tag {
        pub fn builder() -> builder::Tag {
            Default::default()
        }
    }
    ///`create` adds/overwrites the tags, `delete` removes them. Other values give DIS.4605.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum TagAction {
        #[serde(rename = "create")]
        Create,
        #[serde(rename = "delete")]
        Delete,
    }
    impl ::std::fmt::Display for TagAction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Create => f.write_str("create"),
                Self::Delete => f.write_str("delete"),
            }
        }
    }
    impl ::std::str::FromStr for TagAction {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "create" => Ok(Self::Create),
                "delete" => Ok(Self::Delete),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TagAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TagAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A tag criterion: key plus accepted values (OR). An empty `values` list matches any value. Keys must be unique within a list, values unique within a key.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TagFilter {
        pub key: TagFilterKey,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub values: ::std::vec::Vec<::std::string::String>,
    }
    impl TagFilter {
        pub fn builder() -> builder::TagFilter {
            Default::default()
        }
    }
    ///`TagFilterKey`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TagFilterKey(::std::string::String);
    impl ::std::ops::Deref for TagFilterKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TagFilterKey> for ::std::string::String {
        fn from(value: TagFilterKey) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TagFilterKey {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 36usize {
                return Err("longer than 36 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TagFilterKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TagFilterKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TagFilterKey {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Tag key, unique per resource; letters, digits, `-`, `_` and characters U+4E00..U+9FFF.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TagKey(::std::string::String);
    impl ::std::ops::Deref for TagKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TagKey> for ::std::string::String {
        fn from(value: TagKey) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TagKey {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 36usize {
                return Err("longer than 36 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TagKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TagKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TagKey {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Match criterion; only the key `resource_name` is supported.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TagMatch {
        pub key: TagMatchKey,
        ///Value to match against the resource name.
        pub value: ::std::string::String,
    }
    impl TagMatch {
        pub fn builder() -> builder::TagMatch {
            Default::default()
        }
    }
    ///`TagMatchKey`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum TagMatchKey {
        #[serde(rename = "resource_name")]
        ResourceName,
    }
    impl ::std::fmt::Display for TagMatchKey {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ResourceName => f.write_str("resource_name"),
            }
        }
    }
    impl ::std::str::FromStr for TagMatchKey {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "resource_name" => Ok(Self::ResourceName),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TagMatchKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TagMatchKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Tag value, 0..43 characters (may be empty); letters, digits, `.`, `-`, `_` and characters U+4E00..U+9FFF.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TagValue(::std::string::String);
    impl ::std::ops::Deref for TagValue {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TagValue> for ::std::string::String {
        fn from(value: TagValue) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TagValue {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 43usize {
                return Err("longer than 43 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TagValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TagValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TagValue {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A tag key with all values in use for it (response shape).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TagsWithValues {
        ///Tag key (at most 36 characters).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub values: ::std::vec::Vec<::std::string::String>,
    }
    impl TagsWithValues {
        pub fn builder() -> builder::TagsWithValues {
            Default::default()
        }
    }
    ///Summary of a dump task. `task_id` is not in the reference table but is in its example.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TransferTask {
        ///Creation time, epoch milliseconds.
        pub create_time: i64,
        ///Destination. Known values: OBS, MRS, DLI, CLOUDTABLE, DWS.
        pub destination_type: ::std::string::String,
        ///Time of the latest dump, epoch milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_transfer_timestamp: ::std::option::Option<i64>,
        ///Task state. Known values: ERROR, STARTING, PAUSED, RUNNING, DELETE, ABNORMAL.
        pub state: ::std::string::String,
        ///Task ID, used by batch_transfer_task_action.
        pub task_id: ::std::string::String,
        pub task_name: ::std::string::String,
    }
    impl TransferTask {
        pub fn builder() -> builder::TransferTask {
            Default::default()
        }
    }
    ///`start` starts (resumes) the tasks, `stop` pauses them.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum TransferTaskAction {
        #[serde(rename = "start")]
        Start,
        #[serde(rename = "stop")]
        Stop,
    }
    impl ::std::fmt::Display for TransferTaskAction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Start => f.write_str("start"),
                Self::Stop => f.write_str("stop"),
            }
        }
    }
    impl ::std::str::FromStr for TransferTaskAction {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "start" => Ok(Self::Start),
                "stop" => Ok(Self::Stop),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TransferTaskAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TransferTaskAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Destination of a new dump task. The reference enumerates only `OBS` for creation (its text also names MRS, DLI, CLOUDTABLE, DWS and a default `NOWHERE`; those creation variants were taken offline).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum TransferTaskDestinationType {
        #[serde(rename = "OBS")]
        Obs,
    }
    impl ::std::fmt::Display for TransferTaskDestinationType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Obs => f.write_str("OBS"),
            }
        }
    }
    impl ::std::str::FromStr for TransferTaskDestinationType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "OBS" => Ok(Self::Obs),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TransferTaskDestinationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TransferTaskDestinationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///One scaling operation in the history of a stream. `result_code` (result code) and `result_msg` (result message) are LenientString. Wire: the reference types both as Integer while the Go SDK reads `result_code` as a string, and a message is presumably text, so either form is accepted.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UpdatePartitionCount {
        ///Whether the scaling was automatic.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auto_scale: ::std::option::Option<bool>,
        ///When the scaling ran, epoch milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub create_timestamp: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub result_code: ::std::option::Option<LenientString>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub result_msg: ::std::option::Option<LenientString>,
        ///Partition count before scaling.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub src_partition_count: ::std::option::Option<i32>,
        ///Partition count after scaling.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target_partition_count: ::std::option::Option<i32>,
    }
    impl UpdatePartitionCount {
        pub fn builder() -> builder::UpdatePartitionCount {
            Default::default()
        }
    }
    ///Body of update_partition_count.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UpdatePartitionCountRequest {
        ///Must repeat the stream name of the path.
        pub stream_name: UpdatePartitionCountRequestStreamName,
        ///Desired partition count; above the current count scales up, below scales down. The reference shows "Minimum 0" but requires a value greater than 0.
        pub target_partition_count: ::std::num::NonZeroU32,
    }
    impl UpdatePartitionCountRequest {
        pub fn builder() -> builder::UpdatePartitionCountRequest {
            Default::default()
        }
    }
    ///Must repeat the stream name of the path.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdatePartitionCountRequestStreamName(::std::string::String);
    impl ::std::ops::Deref for UpdatePartitionCountRequestStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdatePartitionCountRequestStreamName>
    for ::std::string::String {
        fn from(value: UpdatePartitionCountRequestStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdatePartitionCountRequestStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdatePartitionCountRequestStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdatePartitionCountRequestStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdatePartitionCountRequestStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`UpdatePartitionCountStreamName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdatePartitionCountStreamName(::std::string::String);
    impl ::std::ops::Deref for UpdatePartitionCountStreamName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdatePartitionCountStreamName> for ::std::string::String {
        fn from(value: UpdatePartitionCountStreamName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdatePartitionCountStreamName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdatePartitionCountStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdatePartitionCountStreamName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdatePartitionCountStreamName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct BatchTagActionRequest {
            action: ::std::result::Result<super::TagAction, ::std::string::String>,
            tags: ::std::result::Result<
                ::std::vec::Vec<super::Tag>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BatchTagActionRequest {
            fn default() -> Self {
                Self {
                    action: Err("no value supplied for action".to_string()),
                    tags: Err("no value supplied for tags".to_string()),
                }
            }
        }
        impl BatchTagActionRequest {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TagAction>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Tag>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BatchTagActionRequest>
        for super::BatchTagActionRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BatchTagActionRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    tags: value.tags?,
                })
            }
        }
        impl ::std::convert::From<super::BatchTagActionRequest>
        for BatchTagActionRequest {
            fn from(value: super::BatchTagActionRequest) -> Self {
                Self {
                    action: Ok(value.action),
                    tags: Ok(value.tags),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BatchTransferTask {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for BatchTransferTask {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl BatchTransferTask {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<BatchTransferTask> for super::BatchTransferTask {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BatchTransferTask,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }
        impl ::std::convert::From<super::BatchTransferTask> for BatchTransferTask {
            fn from(value: super::BatchTransferTask) -> Self {
                Self { id: Ok(value.id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BatchTransferTaskRequest {
            action: ::std::result::Result<
                super::TransferTaskAction,
                ::std::string::String,
            >,
            tasks: ::std::result::Result<
                ::std::vec::Vec<super::BatchTransferTask>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BatchTransferTaskRequest {
            fn default() -> Self {
                Self {
                    action: Err("no value supplied for action".to_string()),
                    tasks: Err("no value supplied for tasks".to_string()),
                }
            }
        }
        impl BatchTransferTaskRequest {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TransferTaskAction>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn tasks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BatchTransferTask>>,
                T::Error: ::std::fmt::Display,
            {
                self.tasks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tasks: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BatchTransferTaskRequest>
        for super::BatchTransferTaskRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BatchTransferTaskRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    tasks: value.tasks?,
                })
            }
        }
        impl ::std::convert::From<super::BatchTransferTaskRequest>
        for BatchTransferTaskRequest {
            fn from(value: super::BatchTransferTaskRequest) -> Self {
                Self {
                    action: Ok(value.action),
                    tasks: Ok(value.tasks),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CommitCheckpointRequest {
            app_name: ::std::result::Result<
                super::CommitCheckpointRequestAppName,
                ::std::string::String,
            >,
            checkpoint_type: ::std::result::Result<
                super::CheckpointType,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<super::CommitCheckpointRequestMetadata>,
                ::std::string::String,
            >,
            partition_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            sequence_number: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            stream_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stream_name: ::std::result::Result<
                super::CommitCheckpointRequestStreamName,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CommitCheckpointRequest {
            fn default() -> Self {
                Self {
                    app_name: Err("no value supplied for app_name".to_string()),
                    checkpoint_type: Err(
                        "no value supplied for checkpoint_type".to_string(),
                    ),
                    metadata: Ok(Default::default()),
                    partition_id: Err("no value supplied for partition_id".to_string()),
                    sequence_number: Err(
                        "no value supplied for sequence_number".to_string(),
                    ),
                    stream_id: Ok(Default::default()),
                    stream_name: Err("no value supplied for stream_name".to_string()),
                }
            }
        }
        impl CommitCheckpointRequest {
            pub fn app_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CommitCheckpointRequestAppName>,
                T::Error: ::std::fmt::Display,
            {
                self.app_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_name: {e}")
                    });
                self
            }
            pub fn checkpoint_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CheckpointType>,
                T::Error: ::std::fmt::Display,
            {
                self.checkpoint_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for checkpoint_type: {e}"
                        )
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CommitCheckpointRequestMetadata>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn partition_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.partition_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partition_id: {e}")
                    });
                self
            }
            pub fn sequence_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.sequence_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sequence_number: {e}"
                        )
                    });
                self
            }
            pub fn stream_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.stream_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stream_id: {e}")
                    });
                self
            }
            pub fn stream_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CommitCheckpointRequestStreamName>,
                T::Error: ::std::fmt::Display,
            {
                self.stream_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stream_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CommitCheckpointRequest>
        for super::CommitCheckpointRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CommitCheckpointRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    app_name: value.app_name?,
                    checkpoint_type: value.checkpoint_type?,
                    metadata: value.metadata?,
                    partition_id: value.partition_id?,
                    sequence_number: value.sequence_number?,
                    stream_id: value.stream_id?,
                    stream_name: value.stream_name?,
                })
            }
        }
        impl ::std::convert::From<super::CommitCheckpointRequest>
        for CommitCheckpointRequest {
            fn from(value: super::CommitCheckpointRequest) -> Self {
                Self {
                    app_name: Ok(value.app_name),
                    checkpoint_type: Ok(value.checkpoint_type),
                    metadata: Ok(value.metadata),
                    partition_id: Ok(value.partition_id),
                    sequence_number: Ok(value.sequence_number),
                    stream_id: Ok(value.stream_id),
                    stream_name: Ok(value.stream_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateAppRequest {
            app_name: ::std::result::Result<
                super::CreateAppRequestAppName,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateAppRequest {
            fn default() -> Self {
                Self {
                    app_name: Err("no value supplied for app_name".to_string()),
                }
            }
        }
        impl CreateAppRequest {
            pub fn app_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateAppRequestAppName>,
                T::Error: ::std::fmt::Display,
            {
                self.app_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateAppRequest> for super::CreateAppRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateAppRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { app_name: value.app_name? })
            }
        }
        impl ::std::convert::From<super::CreateAppRequest> for CreateAppRequest {
            fn from(value: super::CreateAppRequest) -> Self {
                Self {
                    app_name: Ok(value.app_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateStreamRequest {
            auto_scale_enabled: ::std::result::Result<bool, ::std::string::String>,
            auto_scale_max_partition_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            auto_scale_min_partition_count: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            compression_format: ::std::result::Result<
                ::std::option::Option<super::CompressionFormat>,
                ::std::string::String,
            >,
            csv_properties: ::std::result::Result<
                ::std::option::Option<super::CsvProperties>,
                ::std::string::String,
            >,
            data_duration: ::std::result::Result<i32, ::std::string::String>,
            data_schema: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            data_type: ::std::result::Result<
                ::std::option::Option<super::DataType>,
                ::std::string::String,
            >,
            partition_count: ::std::result::Result<
                ::std::num::NonZeroU32,
                ::std::string::String,
            >,
            stream_name: ::std::result::Result<
                super::CreateStreamRequestStreamName,
                ::std::string::String,
            >,
            stream_type: ::std::result::Result<
                ::std::option::Option<super::StreamType>,
                ::std::string::String,
            >,
            sys_tags: ::std::result::Result<
                ::std::vec::Vec<super::SysTag>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<super::Tag>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateStreamRequest {
            fn default() -> Self {
                Self {
                    auto_scale_enabled: Ok(Default::default()),
                    auto_scale_max_partition_count: Ok(Default::default()),
                    auto_scale_min_partition_count: Ok(Default::default()),
                    compression_format: Ok(Default::default()),
                    csv_properties: Ok(Default::default()),
                    data_duration: Ok(super::defaults::default_u64::<i32, 24>()),
                    data_schema: Ok(Default::default()),
                    data_type: Ok(Default::default()),
                    partition_count: Err(
                        "no value supplied for partition_count".to_string(),
                    ),
                    stream_name: Err("no value supplied for stream_name".to_string()),
                    stream_type: Ok(Default::default()),
                    sys_tags: Ok(Default::default()),
                    tags: Ok(Default::default()),
                }
            }
        }
        impl CreateStreamRequest {
            pub fn auto_scale_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_scale_enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auto_scale_enabled: {e}"
                        )
                    });
                self
            }
            pub fn auto_scale_max_partition_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_scale_max_partition_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auto_scale_max_partition_count: {e}"
                        )
                    });
                self
            }
            pub fn auto_scale_min_partition_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.auto_scale_min_partition_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auto_scale_min_partition_count: {e}"
                        )
                    });
                self
            }
            pub fn compression_format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CompressionFormat>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.compression_format = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for compression_format: {e}"
                        )
                    });
                self
            }
            pub fn csv_properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CsvProperties>>,
                T::Error: ::std::fmt::Display,
            {
                self.csv_properties = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for csv_properties: {e}"
                        )
                    });
                self
            }
            pub fn data_duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.data_duration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data_duration: {e}")
                    });
                self
            }
            pub fn data_schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.data_schema = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data_schema: {e}")
                    });
                self
            }
            pub fn data_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DataType>>,
                T::Error: ::std::fmt::Display,
            {
                self.data_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data_type: {e}")
                    });
                self
            }
            pub fn partition_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU32>,
                T::Error: ::std::fmt::Display,
            {
                self.partition_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partition_count: {e}"
                        )
                    });
                self
            }
            pub fn stream_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateStreamRequestStreamName>,
                T::Error: ::std::fmt::Display,
            {
                self.stream_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stream_name: {e}")
                    });
                self
            }
            pub fn stream_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::StreamType>>,
                T::Error: ::std::fmt::Display,
            {
                self.stream_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stream_type: {e}")
                    });
                self
            }
            pub fn sys_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SysTag>>,
                T::Error: ::std::fmt::Display,
            {
                self.sys_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sys_tags: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Tag>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateStreamRequest>
        for super::CreateStreamRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateStreamRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auto_scale_enabled: value.auto_scale_enabled?,
                    auto_scale_max_partition_count: value
                        .auto_scale_max_partition_count?,
                    auto_scale_min_partition_count: value
                        .auto_scale_min_partition_count?,
                    compression_format: value.compression_format?,
                    csv_properties: value.csv_properties?,
                    data_duration: value.data_duration?,
                    data_schema: value.data_schema?,
                    data_type: value.data_type?,
                    partition_count: value.partition_count?,
                    stream_name: value.stream_name?,
                    stream_type: value.stream_type?,
                    sys_tags: value.sys_tags?,
                    tags: value.tags?,
                })
            }
        }
        impl ::std::convert::From<super::CreateStreamRequest> for CreateStreamRequest {
            fn from(value: super::CreateStreamRequest) -> Self {
                Self {
                    auto_scale_enabled: Ok(value.auto_scale_enabled),
                    auto_scale_max_partition_count: Ok(
                        value.auto_scale_max_partition_count,
                    ),
                    auto_scale_min_partition_count: Ok(
                        value.auto_scale_min_partition_count,
                    ),
                    compression_format: Ok(value.compression_format),
                    csv_properties: Ok(value.csv_properties),
                    data_duration: Ok(value.data_duration),
                    data_schema: Ok(value.data_schema),
                    data_type: Ok(value.data_type),
                    partition_count: Ok(value.partition_count),
                    stream_name: Ok(value.stream_name),
                    stream_type: Ok(value.stream_type),
                    sys_tags: Ok(value.sys_tags),
                    tags: Ok(value.tags),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateTagRequest {
            tag: ::std::result::Result<super::Tag, ::std::string::String>,
        }
        impl ::std::default::Default for CreateTagRequest {
            fn default() -> Self {
                Self {
                    tag: Err("no value supplied for tag".to_string()),
                }
            }
        }
        impl CreateTagRequest {
            pub fn tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Tag>,
                T::Error: ::std::fmt::Display,
            {
                self.tag = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tag: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateTagRequest> for super::CreateTagRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateTagRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { tag: value.tag? })
            }
        }
        impl ::std::convert::From<super::CreateTagRequest> for CreateTagRequest {
            fn from(value: super::CreateTagRequest) -> Self {
                Self { tag: Ok(value.tag) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateTransferTaskRequest {
            destination_type: ::std::result::Result<
                super::TransferTaskDestinationType,
                ::std::string::String,
            >,
            obs_destination_descriptor: ::std::result::Result<
                ::std::option::Option<super::ObsDestinationDescriptorRequest>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateTransferTaskRequest {
            fn default() -> Self {
                Self {
                    destination_type: Err(
                        "no value supplied for destination_type".to_string(),
                    ),
                    obs_destination_descriptor: Ok(Default::default()),
                }
            }
        }
        impl CreateTransferTaskRequest {
            pub fn destination_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TransferTaskDestinationType>,
                T::Error: ::std::fmt::Display,
            {
                self.destination_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for destination_type: {e}"
                        )
                    });
                self
            }
            pub fn obs_destination_descriptor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ObsDestinationDescriptorRequest>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.obs_destination_descriptor = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for obs_destination_descriptor: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateTransferTaskRequest>
        for super::CreateTransferTaskRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateTransferTaskRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    destination_type: value.destination_type?,
                    obs_destination_descriptor: value.obs_destination_descriptor?,
                })
            }
        }
        impl ::std::convert::From<super::CreateTransferTaskRequest>
        for CreateTransferTaskRequest {
            fn from(value: super::CreateTransferTaskRequest) -> Self {
                Self {
                    destination_type: Ok(value.destination_type),
                    obs_destination_descriptor: Ok(value.obs_destination_descriptor),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CsvProperties {
            delimiter: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CsvProperties {
            fn default() -> Self {
                Self {
                    delimiter: Ok(Default::default()),
                }
            }
        }
        impl CsvProperties {
            pub fn delimiter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.delimiter = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for delimiter: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CsvProperties> for super::CsvProperties {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CsvProperties,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    delimiter: value.delimiter?,
                })
            }
        }
        impl ::std::convert::From<super::CsvProperties> for CsvProperties {
            fn from(value: super::CsvProperties) -> Self {
                Self {
                    delimiter: Ok(value.delimiter),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DataPoint {
            timestamp: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DataPoint {
            fn default() -> Self {
                Self {
                    timestamp: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl DataPoint {
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DataPoint> for super::DataPoint {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DataPoint,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    timestamp: value.timestamp?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::DataPoint> for DataPoint {
            fn from(value: super::DataPoint) -> Self {
                Self {
                    timestamp: Ok(value.timestamp),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeAppResult {
            app_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            app_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            commit_checkpoint_stream_names: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            create_time: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for DescribeAppResult {
            fn default() -> Self {
                Self {
                    app_id: Err("no value supplied for app_id".to_string()),
                    app_name: Err("no value supplied for app_name".to_string()),
                    commit_checkpoint_stream_names: Ok(Default::default()),
                    create_time: Err("no value supplied for create_time".to_string()),
                }
            }
        }
        impl DescribeAppResult {
            pub fn app_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.app_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_id: {e}")
                    });
                self
            }
            pub fn app_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.app_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_name: {e}")
                    });
                self
            }
            pub fn commit_checkpoint_stream_names<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.commit_checkpoint_stream_names = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for commit_checkpoint_stream_names: {e}"
                        )
                    });
                self
            }
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeAppResult> for super::DescribeAppResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeAppResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    app_id: value.app_id?,
                    app_name: value.app_name?,
                    commit_checkpoint_stream_names: value
                        .commit_checkpoint_stream_names?,
                    create_time: value.create_time?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeAppResult> for DescribeAppResult {
            fn from(value: super::DescribeAppResult) -> Self {
                Self {
                    app_id: Ok(value.app_id),
                    app_name: Ok(value.app_name),
                    commit_checkpoint_stream_names: Ok(
                        value.commit_checkpoint_stream_names,
                    ),
                    create_time: Ok(value.create_time),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeStreamResponse {
            auto_scale_enabled: ::std::result::Result<bool, ::std::string::String>,
            auto_scale_max_partition_count: ::std::result::Result<
                i32,
                ::std::string::String,
            >,
            auto_scale_min_partition_count: ::std::result::Result<
                i32,
                ::std::string::String,
            >,
            compression_format: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            create_time: ::std::result::Result<i64, ::std::string::String>,
            csv_properties: ::std::result::Result<
                ::std::option::Option<super::CsvProperties>,
                ::std::string::String,
            >,
            data_schema: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            data_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            has_more_partitions: ::std::result::Result<bool, ::std::string::String>,
            last_modified_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            partitions: ::std::result::Result<
                ::std::vec::Vec<super::PartitionResult>,
                ::std::string::String,
            >,
            readable_partition_count: ::std::result::Result<i32, ::std::string::String>,
            retention_period: ::std::result::Result<i32, ::std::string::String>,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            stream_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            stream_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            stream_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            sys_tags: ::std::result::Result<
                ::std::vec::Vec<super::SysTag>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<super::Tag>,
                ::std::string::String,
            >,
            update_partition_counts: ::std::result::Result<
                ::std::vec::Vec<super::UpdatePartitionCount>,
                ::std::string::String,
            >,
            writable_partition_count: ::std::result::Result<i32, ::std::string::String>,
        }
        impl ::std::default::Default for DescribeStreamResponse {
            fn default() -> Self {
                Self {
                    auto_scale_enabled: Err(
                        "no value supplied for auto_scale_enabled".to_string(),
                    ),
                    auto_scale_max_partition_count: Err(
                        "no value supplied for auto_scale_max_partition_count"
                            .to_string(),
                    ),
                    auto_scale_min_partition_count: Err(
                        "no value supplied for auto_scale_min_partition_count"
                            .to_string(),
                    ),
                    compression_format: Ok(Default::default()),
                    create_time: Err("no value supplied for create_time".to_string()),
                    csv_properties: Ok(Default::default()),
                    data_schema: Ok(Default::default()),
                    data_type: Err("no value supplied for data_type".to_string()),
                    has_more_partitions: Err(
                        "no value supplied for has_more_partitions".to_string(),
                    ),
                    last_modified_time: Ok(Default::default()),
                    partitions: Err("no value supplied for partitions".to_string()),
                    readable_partition_count: Err(
                        "no value supplied for readable_partition_count".to_string(),
                    ),
                    retention_period: Err(
                        "no value supplied for retention_period".to_string(),
                    ),
                    status: Err("no value supplied for status".to_string()),
                    stream_id: Err("no value supplied for stream_id".to_string()),
                    stream_name: Err("no value supplied for stream_name".to_string()),
                    stream_type: Err("no value supplied for stream_type".to_string()),
                    sys_tags: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    update_partition_counts: Ok(Default::default()),
                    writable_partition_count: Err(
                        "no value supplied for writable_partition_count".to_string(),
                    ),
                }
            }
        }
        impl DescribeStreamResponse {
            pub fn auto_scale_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_scale_enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auto_scale_enabled: {e}"
                        )
                    });
                self
            }
            pub fn auto_scale_max_partition_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_scale_max_partition_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auto_scale_max_partition_count: {e}"
                        )
                    });
                self
            }
            pub fn auto_scale_min_partition_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_scale_min_partition_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auto_scale_min_partition_count: {e}"
                        )
                    });
                self
            }
            pub fn compression_format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.compression_format = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for compression_format: {e}"
                        )
                    });
                self
            }
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn csv_properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CsvProperties>>,
                T::Error: ::std::fmt::Display,
            {
                self.csv_properties = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for csv_properties: {e}"
                        )
                    });
                self
            }
            pub fn data_schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.data_schema = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data_schema: {e}")
                    });
                self
            }
            pub fn data_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.data_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data_type: {e}")
                    });
                self
            }
            pub fn has_more_partitions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more_partitions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_more_partitions: {e}"
                        )
                    });
                self
            }
            pub fn last_modified_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_modified_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_modified_time: {e}"
                        )
                    });
                self
            }
            pub fn partitions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PartitionResult>>,
                T::Error: ::std::fmt::Display,
            {
                self.partitions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partitions: {e}")
                    });
                self
            }
            pub fn readable_partition_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.readable_partition_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for readable_partition_count: {e}"
                        )
                    });
                self
            }
            pub fn retention_period<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.retention_period = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for retention_period: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn stream_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.stream_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stream_id: {e}")
                    });
                self
            }
            pub fn stream_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.stream_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stream_name: {e}")
                    });
                self
            }
            pub fn stream_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.stream_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stream_type: {e}")
                    });
                self
            }
            pub fn sys_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SysTag>>,
                T::Error: ::std::fmt::Display,
            {
                self.sys_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sys_tags: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Tag>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn update_partition_counts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::UpdatePartitionCount>>,
                T::Error: ::std::fmt::Display,
            {
                self.update_partition_counts = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for update_partition_counts: {e}"
                        )
                    });
                self
            }
            pub fn writable_partition_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.writable_partition_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for writable_partition_count: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeStreamResponse>
        for super::DescribeStreamResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeStreamResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auto_scale_enabled: value.auto_scale_enabled?,
                    auto_scale_max_partition_count: value
                        .auto_scale_max_partition_count?,
                    auto_scale_min_partition_count: value
                        .auto_scale_min_partition_count?,
                    compression_format: value.compression_format?,
                    create_time: value.create_time?,
                    csv_properties: value.csv_properties?,
                    data_schema: value.data_schema?,
                    data_type: value.data_type?,
                    has_more_partitions: value.has_more_partitions?,
                    last_modified_time: value.last_modified_time?,
                    partitions: value.partitions?,
                    readable_partition_count: value.readable_partition_count?,
                    retention_period: value.retention_period?,
                    status: value.status?,
                    stream_id: value.stream_id?,
                    stream_name: value.stream_name?,
                    stream_type: value.stream_type?,
                    sys_tags: value.sys_tags?,
                    tags: value.tags?,
                    update_partition_counts: value.update_partition_counts?,
                    writable_partition_count: value.writable_partition_count?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeStreamResponse>
        for DescribeStreamResponse {
            fn from(value: super::DescribeStreamResponse) -> Self {
                Self {
                    auto_scale_enabled: Ok(value.auto_scale_enabled),
                    auto_scale_max_partition_count: Ok(
                        value.auto_scale_max_partition_count,
                    ),
                    auto_scale_min_partition_count: Ok(
                        value.auto_scale_min_partition_count,
                    ),
                    compression_format: Ok(value.compression_format),
                    create_time: Ok(value.create_time),
                    csv_properties: Ok(value.csv_properties),
                    data_schema: Ok(value.data_schema),
                    data_type: Ok(value.data_type),
                    has_more_partitions: Ok(value.has_more_partitions),
                    last_modified_time: Ok(value.last_modified_time),
                    partitions: Ok(value.partitions),
                    readable_partition_count: Ok(value.readable_partition_count),
                    retention_period: Ok(value.retention_period),
                    status: Ok(value.status),
                    stream_id: Ok(value.stream_id),
                    stream_name: Ok(value.stream_name),
                    stream_type: Ok(value.stream_type),
                    sys_tags: Ok(value.sys_tags),
                    tags: Ok(value.tags),
                    update_partition_counts: Ok(value.update_partition_counts),
                    writable_partition_count: Ok(value.writable_partition_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetCursorResponse {
            partition_cursor: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetCursorResponse {
            fn default() -> Self {
                Self {
                    partition_cursor: Err(
                        "no value supplied for partition_cursor".to_string(),
                    ),
                }
            }
        }
        impl GetCursorResponse {
            pub fn partition_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.partition_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partition_cursor: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetCursorResponse> for super::GetCursorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetCursorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    partition_cursor: value.partition_cursor?,
                })
            }
        }
        impl ::std::convert::From<super::GetCursorResponse> for GetCursorResponse {
            fn from(value: super::GetCursorResponse) -> Self {
                Self {
                    partition_cursor: Ok(value.partition_cursor),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetRecordsResponse {
            millis_behind_latest: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            next_partition_cursor: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            records: ::std::result::Result<
                ::std::vec::Vec<super::Record>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetRecordsResponse {
            fn default() -> Self {
                Self {
                    millis_behind_latest: Ok(Default::default()),
                    next_partition_cursor: Err(
                        "no value supplied for next_partition_cursor".to_string(),
                    ),
                    records: Err("no value supplied for records".to_string()),
                }
            }
        }
        impl GetRecordsResponse {
            pub fn millis_behind_latest<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.millis_behind_latest = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for millis_behind_latest: {e}"
                        )
                    });
                self
            }
            pub fn next_partition_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.next_partition_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for next_partition_cursor: {e}"
                        )
                    });
                self
            }
            pub fn records<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Record>>,
                T::Error: ::std::fmt::Display,
            {
                self.records = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for records: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetRecordsResponse> for super::GetRecordsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetRecordsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    millis_behind_latest: value.millis_behind_latest?,
                    next_partition_cursor: value.next_partition_cursor?,
                    records: value.records?,
                })
            }
        }
        impl ::std::convert::From<super::GetRecordsResponse> for GetRecordsResponse {
            fn from(value: super::GetRecordsResponse) -> Self {
                Self {
                    millis_behind_latest: Ok(value.millis_behind_latest),
                    next_partition_cursor: Ok(value.next_partition_cursor),
                    records: Ok(value.records),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListAppResponse {
            apps: ::std::result::Result<
                ::std::vec::Vec<super::DescribeAppResult>,
                ::std::string::String,
            >,
            has_more_app: ::std::result::Result<bool, ::std::string::String>,
            total_number: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListAppResponse {
            fn default() -> Self {
                Self {
                    apps: Err("no value supplied for apps".to_string()),
                    has_more_app: Err("no value supplied for has_more_app".to_string()),
                    total_number: Ok(Default::default()),
                }
            }
        }
        impl ListAppResponse {
            pub fn apps<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DescribeAppResult>>,
                T::Error: ::std::fmt::Display,
            {
                self.apps = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for apps: {e}")
                    });
                self
            }
            pub fn has_more_app<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more_app = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more_app: {e}")
                    });
                self
            }
            pub fn total_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_number: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListAppResponse> for super::ListAppResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListAppResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    apps: value.apps?,
                    has_more_app: value.has_more_app?,
                    total_number: value.total_number?,
                })
            }
        }
        impl ::std::convert::From<super::ListAppResponse> for ListAppResponse {
            fn from(value: super::ListAppResponse) -> Self {
                Self {
                    apps: Ok(value.apps),
                    has_more_app: Ok(value.has_more_app),
                    total_number: Ok(value.total_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListResourcesByTagsRequest {
            action: ::std::result::Result<
                super::ResourceQueryAction,
                ::std::string::String,
            >,
            limit: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            matches: ::std::result::Result<
                ::std::vec::Vec<super::TagMatch>,
                ::std::string::String,
            >,
            not_tags: ::std::result::Result<
                ::std::vec::Vec<super::TagFilter>,
                ::std::string::String,
            >,
            not_tags_any: ::std::result::Result<
                ::std::vec::Vec<super::TagFilter>,
                ::std::string::String,
            >,
            offset: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<super::TagFilter>,
                ::std::string::String,
            >,
            tags_any: ::std::result::Result<
                ::std::vec::Vec<super::TagFilter>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListResourcesByTagsRequest {
            fn default() -> Self {
                Self {
                    action: Err("no value supplied for action".to_string()),
                    limit: Ok(Default::default()),
                    matches: Ok(Default::default()),
                    not_tags: Ok(Default::default()),
                    not_tags_any: Ok(Default::default()),
                    offset: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    tags_any: Ok(Default::default()),
                }
            }
        }
        impl ListResourcesByTagsRequest {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResourceQueryAction>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.limit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limit: {e}")
                    });
                self
            }
            pub fn matches<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TagMatch>>,
                T::Error: ::std::fmt::Display,
            {
                self.matches = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for matches: {e}")
                    });
                self
            }
            pub fn not_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TagFilter>>,
                T::Error: ::std::fmt::Display,
            {
                self.not_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for not_tags: {e}")
                    });
                self
            }
            pub fn not_tags_any<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TagFilter>>,
                T::Error: ::std::fmt::Display,
            {
                self.not_tags_any = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for not_tags_any: {e}")
                    });
                self
            }
            pub fn offset<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.offset = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for offset: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TagFilter>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn tags_any<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TagFilter>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags_any = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags_any: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListResourcesByTagsRequest>
        for super::ListResourcesByTagsRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListResourcesByTagsRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    limit: value.limit?,
                    matches: value.matches?,
                    not_tags: value.not_tags?,
                    not_tags_any: value.not_tags_any?,
                    offset: value.offset?,
                    tags: value.tags?,
                    tags_any: value.tags_any?,
                })
            }
        }
        impl ::std::convert::From<super::ListResourcesByTagsRequest>
        for ListResourcesByTagsRequest {
            fn from(value: super::ListResourcesByTagsRequest) -> Self {
                Self {
                    action: Ok(value.action),
                    limit: Ok(value.limit),
                    matches: Ok(value.matches),
                    not_tags: Ok(value.not_tags),
                    not_tags_any: Ok(value.not_tags_any),
                    offset: Ok(value.offset),
                    tags: Ok(value.tags),
                    tags_any: Ok(value.tags_any),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListResourcesByTagsResponse {
            resources: ::std::result::Result<
                ::std::vec::Vec<super::Resource>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListResourcesByTagsResponse {
            fn default() -> Self {
                Self {
                    resources: Ok(Default::default()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl ListResourcesByTagsResponse {
            pub fn resources<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Resource>>,
                T::Error: ::std::fmt::Display,
            {
                self.resources = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for resources: {e}")
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListResourcesByTagsResponse>
        for super::ListResourcesByTagsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListResourcesByTagsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    resources: value.resources?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::ListResourcesByTagsResponse>
        for ListResourcesByTagsResponse {
            fn from(value: super::ListResourcesByTagsResponse) -> Self {
                Self {
                    resources: Ok(value.resources),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListStreamsResponse {
            has_more_streams: ::std::result::Result<bool, ::std::string::String>,
            stream_info_list: ::std::result::Result<
                ::std::vec::Vec<super::StreamInfo>,
                ::std::string::String,
            >,
            stream_names: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            total_number: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListStreamsResponse {
            fn default() -> Self {
                Self {
                    has_more_streams: Err(
                        "no value supplied for has_more_streams".to_string(),
                    ),
                    stream_info_list: Err(
                        "no value supplied for stream_info_list".to_string(),
                    ),
                    stream_names: Ok(Default::default()),
                    total_number: Ok(Default::default()),
                }
            }
        }
        impl ListStreamsResponse {
            pub fn has_more_streams<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more_streams = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_more_streams: {e}"
                        )
                    });
                self
            }
            pub fn stream_info_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::StreamInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.stream_info_list = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for stream_info_list: {e}"
                        )
                    });
                self
            }
            pub fn stream_names<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.stream_names = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stream_names: {e}")
                    });
                self
            }
            pub fn total_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_number: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListStreamsResponse>
        for super::ListStreamsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListStreamsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    has_more_streams: value.has_more_streams?,
                    stream_info_list: value.stream_info_list?,
                    stream_names: value.stream_names?,
                    total_number: value.total_number?,
                })
            }
        }
        impl ::std::convert::From<super::ListStreamsResponse> for ListStreamsResponse {
            fn from(value: super::ListStreamsResponse) -> Self {
                Self {
                    has_more_streams: Ok(value.has_more_streams),
                    stream_info_list: Ok(value.stream_info_list),
                    stream_names: Ok(value.stream_names),
                    total_number: Ok(value.total_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListTagsResponse {
            tags: ::std::result::Result<
                ::std::vec::Vec<super::TagsWithValues>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListTagsResponse {
            fn default() -> Self {
                Self {
                    tags: Ok(Default::default()),
                }
            }
        }
        impl ListTagsResponse {
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TagsWithValues>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListTagsResponse> for super::ListTagsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListTagsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { tags: value.tags? })
            }
        }
        impl ::std::convert::From<super::ListTagsResponse> for ListTagsResponse {
            fn from(value: super::ListTagsResponse) -> Self {
                Self { tags: Ok(value.tags) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListTransferTasksResponse {
            quota: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            tasks: ::std::result::Result<
                ::std::vec::Vec<super::TransferTask>,
                ::std::string::String,
            >,
            total_number: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListTransferTasksResponse {
            fn default() -> Self {
                Self {
                    quota: Ok(Default::default()),
                    tasks: Err("no value supplied for tasks".to_string()),
                    total_number: Ok(Default::default()),
                }
            }
        }
        impl ListTransferTasksResponse {
            pub fn quota<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.quota = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quota: {e}")
                    });
                self
            }
            pub fn tasks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TransferTask>>,
                T::Error: ::std::fmt::Display,
            {
                self.tasks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tasks: {e}")
                    });
                self
            }
            pub fn total_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_number: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListTransferTasksResponse>
        for super::ListTransferTasksResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListTransferTasksResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    quota: value.quota?,
                    tasks: value.tasks?,
                    total_number: value.total_number?,
                })
            }
        }
        impl ::std::convert::From<super::ListTransferTasksResponse>
        for ListTransferTasksResponse {
            fn from(value: super::ListTransferTasksResponse) -> Self {
                Self {
                    quota: Ok(value.quota),
                    tasks: Ok(value.tasks),
                    total_number: Ok(value.total_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Metrics {
            data_points: ::std::result::Result<
                ::std::vec::Vec<super::DataPoint>,
                ::std::string::String,
            >,
            label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Metrics {
            fn default() -> Self {
                Self {
                    data_points: Ok(Default::default()),
                    label: Ok(Default::default()),
                }
            }
        }
        impl Metrics {
            pub fn data_points<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DataPoint>>,
                T::Error: ::std::fmt::Display,
            {
                self.data_points = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data_points: {e}")
                    });
                self
            }
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Metrics> for super::Metrics {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Metrics,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data_points: value.data_points?,
                    label: value.label?,
                })
            }
        }
        impl ::std::convert::From<super::Metrics> for Metrics {
            fn from(value: super::Metrics) -> Self {
                Self {
                    data_points: Ok(value.data_points),
                    label: Ok(value.label),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ObsDestinationDescription {
            agency_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            consumer_strategy: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            deliver_time_interval: ::std::result::Result<i32, ::std::string::String>,
            destination_file_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file_prefix: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            obs_bucket_path: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            partition_format: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            processing_schema: ::std::result::Result<
                ::std::option::Option<super::ProcessingSchemaDescription>,
                ::std::string::String,
            >,
            record_delimiter: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            retry_duration: ::std::result::Result<
                ::std::option::Option<super::LenientString>,
                ::std::string::String,
            >,
            task_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ObsDestinationDescription {
            fn default() -> Self {
                Self {
                    agency_name: Err("no value supplied for agency_name".to_string()),
                    consumer_strategy: Ok(Default::default()),
                    deliver_time_interval: Err(
                        "no value supplied for deliver_time_interval".to_string(),
                    ),
                    destination_file_type: Ok(Default::default()),
                    file_prefix: Ok(Default::default()),
                    obs_bucket_path: Err(
                        "no value supplied for obs_bucket_path".to_string(),
                    ),
                    partition_format: Ok(Default::default()),
                    processing_schema: Ok(Default::default()),
                    record_delimiter: Ok(Default::default()),
                    retry_duration: Ok(Default::default()),
                    task_name: Ok(Default::default()),
                }
            }
        }
        impl ObsDestinationDescription {
            pub fn agency_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.agency_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for agency_name: {e}")
                    });
                self
            }
            pub fn consumer_strategy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.consumer_strategy = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for consumer_strategy: {e}"
                        )
                    });
                self
            }
            pub fn deliver_time_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.deliver_time_interval = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deliver_time_interval: {e}"
                        )
                    });
                self
            }
            pub fn destination_file_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.destination_file_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for destination_file_type: {e}"
                        )
                    });
                self
            }
            pub fn file_prefix<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_prefix = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_prefix: {e}")
                    });
                self
            }
            pub fn obs_bucket_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.obs_bucket_path = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for obs_bucket_path: {e}"
                        )
                    });
                self
            }
            pub fn partition_format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.partition_format = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partition_format: {e}"
                        )
                    });
                self
            }
            pub fn processing_schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ProcessingSchemaDescription>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.processing_schema = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for processing_schema: {e}"
                        )
                    });
                self
            }
            pub fn record_delimiter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.record_delimiter = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for record_delimiter: {e}"
                        )
                    });
                self
            }
            pub fn retry_duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LenientString>>,
                T::Error: ::std::fmt::Display,
            {
                self.retry_duration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for retry_duration: {e}"
                        )
                    });
                self
            }
            pub fn task_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.task_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ObsDestinationDescription>
        for super::ObsDestinationDescription {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ObsDestinationDescription,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agency_name: value.agency_name?,
                    consumer_strategy: value.consumer_strategy?,
                    deliver_time_interval: value.deliver_time_interval?,
                    destination_file_type: value.destination_file_type?,
                    file_prefix: value.file_prefix?,
                    obs_bucket_path: value.obs_bucket_path?,
                    partition_format: value.partition_format?,
                    processing_schema: value.processing_schema?,
                    record_delimiter: value.record_delimiter?,
                    retry_duration: value.retry_duration?,
                    task_name: value.task_name?,
                })
            }
        }
        impl ::std::convert::From<super::ObsDestinationDescription>
        for ObsDestinationDescription {
            fn from(value: super::ObsDestinationDescription) -> Self {
                Self {
                    agency_name: Ok(value.agency_name),
                    consumer_strategy: Ok(value.consumer_strategy),
                    deliver_time_interval: Ok(value.deliver_time_interval),
                    destination_file_type: Ok(value.destination_file_type),
                    file_prefix: Ok(value.file_prefix),
                    obs_bucket_path: Ok(value.obs_bucket_path),
                    partition_format: Ok(value.partition_format),
                    processing_schema: Ok(value.processing_schema),
                    record_delimiter: Ok(value.record_delimiter),
                    retry_duration: Ok(value.retry_duration),
                    task_name: Ok(value.task_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ObsDestinationDescriptorRequest {
            agency_name: ::std::result::Result<
                super::ObsDestinationDescriptorRequestAgencyName,
                ::std::string::String,
            >,
            consumer_strategy: ::std::result::Result<
                ::std::option::Option<super::ConsumerStrategy>,
                ::std::string::String,
            >,
            deliver_time_interval: ::std::result::Result<i32, ::std::string::String>,
            destination_file_type: ::std::result::Result<
                ::std::option::Option<super::DestinationFileType>,
                ::std::string::String,
            >,
            file_prefix: ::std::result::Result<
                ::std::option::Option<super::ObsDestinationDescriptorRequestFilePrefix>,
                ::std::string::String,
            >,
            obs_bucket_path: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            partition_format: ::std::result::Result<
                ::std::option::Option<super::PartitionFormat>,
                ::std::string::String,
            >,
            processing_schema: ::std::result::Result<
                ::std::option::Option<super::ProcessingSchema>,
                ::std::string::String,
            >,
            record_delimiter: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            task_name: ::std::result::Result<
                super::ObsDestinationDescriptorRequestTaskName,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ObsDestinationDescriptorRequest {
            fn default() -> Self {
                Self {
                    agency_name: Err("no value supplied for agency_name".to_string()),
                    consumer_strategy: Ok(Default::default()),
                    deliver_time_interval: Err(
                        "no value supplied for deliver_time_interval".to_string(),
                    ),
                    destination_file_type: Ok(Default::default()),
                    file_prefix: Ok(Default::default()),
                    obs_bucket_path: Err(
                        "no value supplied for obs_bucket_path".to_string(),
                    ),
                    partition_format: Ok(Default::default()),
                    processing_schema: Ok(Default::default()),
                    record_delimiter: Ok(Default::default()),
                    task_name: Err("no value supplied for task_name".to_string()),
                }
            }
        }
        impl ObsDestinationDescriptorRequest {
            pub fn agency_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::ObsDestinationDescriptorRequestAgencyName,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.agency_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for agency_name: {e}")
                    });
                self
            }
            pub fn consumer_strategy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ConsumerStrategy>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.consumer_strategy = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for consumer_strategy: {e}"
                        )
                    });
                self
            }
            pub fn deliver_time_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.deliver_time_interval = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deliver_time_interval: {e}"
                        )
                    });
                self
            }
            pub fn destination_file_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DestinationFileType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.destination_file_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for destination_file_type: {e}"
                        )
                    });
                self
            }
            pub fn file_prefix<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::ObsDestinationDescriptorRequestFilePrefix,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.file_prefix = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_prefix: {e}")
                    });
                self
            }
            pub fn obs_bucket_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.obs_bucket_path = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for obs_bucket_path: {e}"
                        )
                    });
                self
            }
            pub fn partition_format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PartitionFormat>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.partition_format = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partition_format: {e}"
                        )
                    });
                self
            }
            pub fn processing_schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ProcessingSchema>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.processing_schema = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for processing_schema: {e}"
                        )
                    });
                self
            }
            pub fn record_delimiter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.record_delimiter = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for record_delimiter: {e}"
                        )
                    });
                self
            }
            pub fn task_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::ObsDestinationDescriptorRequestTaskName,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.task_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ObsDestinationDescriptorRequest>
        for super::ObsDestinationDescriptorRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ObsDestinationDescriptorRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agency_name: value.agency_name?,
                    consumer_strategy: value.consumer_strategy?,
                    deliver_time_interval: value.deliver_time_interval?,
                    destination_file_type: value.destination_file_type?,
                    file_prefix: value.file_prefix?,
                    obs_bucket_path: value.obs_bucket_path?,
                    partition_format: value.partition_format?,
                    processing_schema: value.processing_schema?,
                    record_delimiter: value.record_delimiter?,
                    task_name: value.task_name?,
                })
            }
        }
        impl ::std::convert::From<super::ObsDestinationDescriptorRequest>
        for ObsDestinationDescriptorRequest {
            fn from(value: super::ObsDestinationDescriptorRequest) -> Self {
                Self {
                    agency_name: Ok(value.agency_name),
                    consumer_strategy: Ok(value.consumer_strategy),
                    deliver_time_interval: Ok(value.deliver_time_interval),
                    destination_file_type: Ok(value.destination_file_type),
                    file_prefix: Ok(value.file_prefix),
                    obs_bucket_path: Ok(value.obs_bucket_path),
                    partition_format: Ok(value.partition_format),
                    processing_schema: Ok(value.processing_schema),
                    record_delimiter: Ok(value.record_delimiter),
                    task_name: Ok(value.task_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PartitionConsumingState {
            checkpoint_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            earliest_offset: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            latest_offset: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            partition_id: ::std::result::Result<
                ::std::option::Option<super::LenientString>,
                ::std::string::String,
            >,
            sequence_number: ::std::result::Result<
                ::std::option::Option<super::LenientString>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PartitionConsumingState {
            fn default() -> Self {
                Self {
                    checkpoint_type: Ok(Default::default()),
                    earliest_offset: Ok(Default::default()),
                    latest_offset: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    partition_id: Ok(Default::default()),
                    sequence_number: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl PartitionConsumingState {
            pub fn checkpoint_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.checkpoint_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for checkpoint_type: {e}"
                        )
                    });
                self
            }
            pub fn earliest_offset<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.earliest_offset = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for earliest_offset: {e}"
                        )
                    });
                self
            }
            pub fn latest_offset<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.latest_offset = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for latest_offset: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn partition_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LenientString>>,
                T::Error: ::std::fmt::Display,
            {
                self.partition_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partition_id: {e}")
                    });
                self
            }
            pub fn sequence_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LenientString>>,
                T::Error: ::std::fmt::Display,
            {
                self.sequence_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sequence_number: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PartitionConsumingState>
        for super::PartitionConsumingState {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PartitionConsumingState,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    checkpoint_type: value.checkpoint_type?,
                    earliest_offset: value.earliest_offset?,
                    latest_offset: value.latest_offset?,
                    metadata: value.metadata?,
                    partition_id: value.partition_id?,
                    sequence_number: value.sequence_number?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::PartitionConsumingState>
        for PartitionConsumingState {
            fn from(value: super::PartitionConsumingState) -> Self {
                Self {
                    checkpoint_type: Ok(value.checkpoint_type),
                    earliest_offset: Ok(value.earliest_offset),
                    latest_offset: Ok(value.latest_offset),
                    metadata: Ok(value.metadata),
                    partition_id: Ok(value.partition_id),
                    sequence_number: Ok(value.sequence_number),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PartitionResult {
            hash_range: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            parent_partitions: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            partition_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            sequence_number_range: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for PartitionResult {
            fn default() -> Self {
                Self {
                    hash_range: Err("no value supplied for hash_range".to_string()),
                    parent_partitions: Ok(Default::default()),
                    partition_id: Err("no value supplied for partition_id".to_string()),
                    sequence_number_range: Err(
                        "no value supplied for sequence_number_range".to_string(),
                    ),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl PartitionResult {
            pub fn hash_range<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.hash_range = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hash_range: {e}")
                    });
                self
            }
            pub fn parent_partitions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_partitions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parent_partitions: {e}"
                        )
                    });
                self
            }
            pub fn partition_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.partition_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partition_id: {e}")
                    });
                self
            }
            pub fn sequence_number_range<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.sequence_number_range = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sequence_number_range: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PartitionResult> for super::PartitionResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PartitionResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    hash_range: value.hash_range?,
                    parent_partitions: value.parent_partitions?,
                    partition_id: value.partition_id?,
                    sequence_number_range: value.sequence_number_range?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::PartitionResult> for PartitionResult {
            fn from(value: super::PartitionResult) -> Self {
                Self {
                    hash_range: Ok(value.hash_range),
                    parent_partitions: Ok(value.parent_partitions),
                    partition_id: Ok(value.partition_id),
                    sequence_number_range: Ok(value.sequence_number_range),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PartitionTransferResult {
            discard: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            last_transfer_offset: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            last_transfer_timestamp: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            partition_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            state: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for PartitionTransferResult {
            fn default() -> Self {
                Self {
                    discard: Ok(Default::default()),
                    last_transfer_offset: Ok(Default::default()),
                    last_transfer_timestamp: Ok(Default::default()),
                    partition_id: Err("no value supplied for partition_id".to_string()),
                    state: Err("no value supplied for state".to_string()),
                }
            }
        }
        impl PartitionTransferResult {
            pub fn discard<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.discard = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discard: {e}")
                    });
                self
            }
            pub fn last_transfer_offset<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_transfer_offset = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_transfer_offset: {e}"
                        )
                    });
                self
            }
            pub fn last_transfer_timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_transfer_timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_transfer_timestamp: {e}"
                        )
                    });
                self
            }
            pub fn partition_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.partition_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partition_id: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PartitionTransferResult>
        for super::PartitionTransferResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PartitionTransferResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    discard: value.discard?,
                    last_transfer_offset: value.last_transfer_offset?,
                    last_transfer_timestamp: value.last_transfer_timestamp?,
                    partition_id: value.partition_id?,
                    state: value.state?,
                })
            }
        }
        impl ::std::convert::From<super::PartitionTransferResult>
        for PartitionTransferResult {
            fn from(value: super::PartitionTransferResult) -> Self {
                Self {
                    discard: Ok(value.discard),
                    last_transfer_offset: Ok(value.last_transfer_offset),
                    last_transfer_timestamp: Ok(value.last_transfer_timestamp),
                    partition_id: Ok(value.partition_id),
                    state: Ok(value.state),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProcessingSchema {
            timestamp_format: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timestamp_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            timestamp_type: ::std::result::Result<
                super::ProcessingSchemaTimestampType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProcessingSchema {
            fn default() -> Self {
                Self {
                    timestamp_format: Ok(Default::default()),
                    timestamp_name: Err(
                        "no value supplied for timestamp_name".to_string(),
                    ),
                    timestamp_type: Err(
                        "no value supplied for timestamp_type".to_string(),
                    ),
                }
            }
        }
        impl ProcessingSchema {
            pub fn timestamp_format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp_format = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for timestamp_format: {e}"
                        )
                    });
                self
            }
            pub fn timestamp_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for timestamp_name: {e}"
                        )
                    });
                self
            }
            pub fn timestamp_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ProcessingSchemaTimestampType>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for timestamp_type: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProcessingSchema> for super::ProcessingSchema {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProcessingSchema,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    timestamp_format: value.timestamp_format?,
                    timestamp_name: value.timestamp_name?,
                    timestamp_type: value.timestamp_type?,
                })
            }
        }
        impl ::std::convert::From<super::ProcessingSchema> for ProcessingSchema {
            fn from(value: super::ProcessingSchema) -> Self {
                Self {
                    timestamp_format: Ok(value.timestamp_format),
                    timestamp_name: Ok(value.timestamp_name),
                    timestamp_type: Ok(value.timestamp_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProcessingSchemaDescription {
            timestamp_format: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timestamp_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timestamp_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProcessingSchemaDescription {
            fn default() -> Self {
                Self {
                    timestamp_format: Ok(Default::default()),
                    timestamp_name: Ok(Default::default()),
                    timestamp_type: Ok(Default::default()),
                }
            }
        }
        impl ProcessingSchemaDescription {
            pub fn timestamp_format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp_format = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for timestamp_format: {e}"
                        )
                    });
                self
            }
            pub fn timestamp_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for timestamp_name: {e}"
                        )
                    });
                self
            }
            pub fn timestamp_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for timestamp_type: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProcessingSchemaDescription>
        for super::ProcessingSchemaDescription {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProcessingSchemaDescription,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    timestamp_format: value.timestamp_format?,
                    timestamp_name: value.timestamp_name?,
                    timestamp_type: value.timestamp_type?,
                })
            }
        }
        impl ::std::convert::From<super::ProcessingSchemaDescription>
        for ProcessingSchemaDescription {
            fn from(value: super::ProcessingSchemaDescription) -> Self {
                Self {
                    timestamp_format: Ok(value.timestamp_format),
                    timestamp_name: Ok(value.timestamp_name),
                    timestamp_type: Ok(value.timestamp_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PutRecordsRequest {
            records: ::std::result::Result<
                ::std::vec::Vec<super::PutRecordsRequestEntry>,
                ::std::string::String,
            >,
            stream_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stream_name: ::std::result::Result<
                super::PutRecordsRequestStreamName,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PutRecordsRequest {
            fn default() -> Self {
                Self {
                    records: Err("no value supplied for records".to_string()),
                    stream_id: Ok(Default::default()),
                    stream_name: Err("no value supplied for stream_name".to_string()),
                }
            }
        }
        impl PutRecordsRequest {
            pub fn records<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::PutRecordsRequestEntry>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.records = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for records: {e}")
                    });
                self
            }
            pub fn stream_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.stream_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stream_id: {e}")
                    });
                self
            }
            pub fn stream_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PutRecordsRequestStreamName>,
                T::Error: ::std::fmt::Display,
            {
                self.stream_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stream_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PutRecordsRequest> for super::PutRecordsRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PutRecordsRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    records: value.records?,
                    stream_id: value.stream_id?,
                    stream_name: value.stream_name?,
                })
            }
        }
        impl ::std::convert::From<super::PutRecordsRequest> for PutRecordsRequest {
            fn from(value: super::PutRecordsRequest) -> Self {
                Self {
                    records: Ok(value.records),
                    stream_id: Ok(value.stream_id),
                    stream_name: Ok(value.stream_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PutRecordsRequestEntry {
            data: ::std::result::Result<::std::string::String, ::std::string::String>,
            explicit_hash_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            partition_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            partition_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PutRecordsRequestEntry {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    explicit_hash_key: Ok(Default::default()),
                    partition_id: Ok(Default::default()),
                    partition_key: Ok(Default::default()),
                    timestamp: Ok(Default::default()),
                }
            }
        }
        impl PutRecordsRequestEntry {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn explicit_hash_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.explicit_hash_key = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for explicit_hash_key: {e}"
                        )
                    });
                self
            }
            pub fn partition_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.partition_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partition_id: {e}")
                    });
                self
            }
            pub fn partition_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.partition_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partition_key: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PutRecordsRequestEntry>
        for super::PutRecordsRequestEntry {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PutRecordsRequestEntry,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    explicit_hash_key: value.explicit_hash_key?,
                    partition_id: value.partition_id?,
                    partition_key: value.partition_key?,
                    timestamp: value.timestamp?,
                })
            }
        }
        impl ::std::convert::From<super::PutRecordsRequestEntry>
        for PutRecordsRequestEntry {
            fn from(value: super::PutRecordsRequestEntry) -> Self {
                Self {
                    data: Ok(value.data),
                    explicit_hash_key: Ok(value.explicit_hash_key),
                    partition_id: Ok(value.partition_id),
                    partition_key: Ok(value.partition_key),
                    timestamp: Ok(value.timestamp),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PutRecordsResponse {
            failed_record_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            records: ::std::result::Result<
                ::std::vec::Vec<super::PutRecordsResultEntry>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PutRecordsResponse {
            fn default() -> Self {
                Self {
                    failed_record_count: Ok(Default::default()),
                    records: Ok(Default::default()),
                }
            }
        }
        impl PutRecordsResponse {
            pub fn failed_record_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.failed_record_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for failed_record_count: {e}"
                        )
                    });
                self
            }
            pub fn records<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::PutRecordsResultEntry>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.records = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for records: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PutRecordsResponse> for super::PutRecordsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PutRecordsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    failed_record_count: value.failed_record_count?,
                    records: value.records?,
                })
            }
        }
        impl ::std::convert::From<super::PutRecordsResponse> for PutRecordsResponse {
            fn from(value: super::PutRecordsResponse) -> Self {
                Self {
                    failed_record_count: Ok(value.failed_record_count),
                    records: Ok(value.records),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PutRecordsResultEntry {
            error_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            partition_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sequence_number: ::std::result::Result<
                ::std::option::Option<super::LenientString>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PutRecordsResultEntry {
            fn default() -> Self {
                Self {
                    error_code: Ok(Default::default()),
                    error_message: Ok(Default::default()),
                    partition_id: Ok(Default::default()),
                    sequence_number: Ok(Default::default()),
                }
            }
        }
        impl PutRecordsResultEntry {
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_code: {e}")
                    });
                self
            }
            pub fn error_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_message: {e}")
                    });
                self
            }
            pub fn partition_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.partition_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partition_id: {e}")
                    });
                self
            }
            pub fn sequence_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LenientString>>,
                T::Error: ::std::fmt::Display,
            {
                self.sequence_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sequence_number: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PutRecordsResultEntry>
        for super::PutRecordsResultEntry {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PutRecordsResultEntry,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error_code: value.error_code?,
                    error_message: value.error_message?,
                    partition_id: value.partition_id?,
                    sequence_number: value.sequence_number?,
                })
            }
        }
        impl ::std::convert::From<super::PutRecordsResultEntry>
        for PutRecordsResultEntry {
            fn from(value: super::PutRecordsResultEntry) -> Self {
                Self {
                    error_code: Ok(value.error_code),
                    error_message: Ok(value.error_message),
                    partition_id: Ok(value.partition_id),
                    sequence_number: Ok(value.sequence_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Record {
            data: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            partition_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sequence_number: ::std::result::Result<
                ::std::option::Option<super::LenientString>,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            timestamp_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Record {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    partition_key: Ok(Default::default()),
                    sequence_number: Ok(Default::default()),
                    timestamp: Ok(Default::default()),
                    timestamp_type: Ok(Default::default()),
                }
            }
        }
        impl Record {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn partition_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.partition_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partition_key: {e}")
                    });
                self
            }
            pub fn sequence_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LenientString>>,
                T::Error: ::std::fmt::Display,
            {
                self.sequence_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sequence_number: {e}"
                        )
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
            pub fn timestamp_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for timestamp_type: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Record> for super::Record {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Record,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    partition_key: value.partition_key?,
                    sequence_number: value.sequence_number?,
                    timestamp: value.timestamp?,
                    timestamp_type: value.timestamp_type?,
                })
            }
        }
        impl ::std::convert::From<super::Record> for Record {
            fn from(value: super::Record) -> Self {
                Self {
                    data: Ok(value.data),
                    partition_key: Ok(value.partition_key),
                    sequence_number: Ok(value.sequence_number),
                    timestamp: Ok(value.timestamp),
                    timestamp_type: Ok(value.timestamp_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Resource {
            resource_detail: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            resource_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            resource_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<super::Tag>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Resource {
            fn default() -> Self {
                Self {
                    resource_detail: Ok(Default::default()),
                    resource_id: Ok(Default::default()),
                    resource_name: Ok(Default::default()),
                    tags: Ok(Default::default()),
                }
            }
        }
        impl Resource {
            pub fn resource_detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.resource_detail = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for resource_detail: {e}"
                        )
                    });
                self
            }
            pub fn resource_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.resource_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for resource_id: {e}")
                    });
                self
            }
            pub fn resource_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.resource_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for resource_name: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Tag>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Resource> for super::Resource {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Resource,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    resource_detail: value.resource_detail?,
                    resource_id: value.resource_id?,
                    resource_name: value.resource_name?,
                    tags: value.tags?,
                })
            }
        }
        impl ::std::convert::From<super::Resource> for Resource {
            fn from(value: super::Resource) -> Self {
                Self {
                    resource_detail: Ok(value.resource_detail),
                    resource_id: Ok(value.resource_id),
                    resource_name: Ok(value.resource_name),
                    tags: Ok(value.tags),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShowCheckpointResponse {
            metadata: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sequence_number: ::std::result::Result<
                super::LenientString,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShowCheckpointResponse {
            fn default() -> Self {
                Self {
                    metadata: Ok(Default::default()),
                    sequence_number: Err(
                        "no value supplied for sequence_number".to_string(),
                    ),
                }
            }
        }
        impl ShowCheckpointResponse {
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn sequence_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::LenientString>,
                T::Error: ::std::fmt::Display,
            {
                self.sequence_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sequence_number: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ShowCheckpointResponse>
        for super::ShowCheckpointResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShowCheckpointResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metadata: value.metadata?,
                    sequence_number: value.sequence_number?,
                })
            }
        }
        impl ::std::convert::From<super::ShowCheckpointResponse>
        for ShowCheckpointResponse {
            fn from(value: super::ShowCheckpointResponse) -> Self {
                Self {
                    metadata: Ok(value.metadata),
                    sequence_number: Ok(value.sequence_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShowConsumerStateResponse {
            app_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            partition_consuming_states: ::std::result::Result<
                ::std::vec::Vec<super::PartitionConsumingState>,
                ::std::string::String,
            >,
            stream_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShowConsumerStateResponse {
            fn default() -> Self {
                Self {
                    app_name: Ok(Default::default()),
                    has_more: Ok(Default::default()),
                    partition_consuming_states: Ok(Default::default()),
                    stream_name: Ok(Default::default()),
                }
            }
        }
        impl ShowConsumerStateResponse {
            pub fn app_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.app_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_name: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn partition_consuming_states<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::PartitionConsumingState>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.partition_consuming_states = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partition_consuming_states: {e}"
                        )
                    });
                self
            }
            pub fn stream_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.stream_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stream_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ShowConsumerStateResponse>
        for super::ShowConsumerStateResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShowConsumerStateResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    app_name: value.app_name?,
                    has_more: value.has_more?,
                    partition_consuming_states: value.partition_consuming_states?,
                    stream_name: value.stream_name?,
                })
            }
        }
        impl ::std::convert::From<super::ShowConsumerStateResponse>
        for ShowConsumerStateResponse {
            fn from(value: super::ShowConsumerStateResponse) -> Self {
                Self {
                    app_name: Ok(value.app_name),
                    has_more: Ok(value.has_more),
                    partition_consuming_states: Ok(value.partition_consuming_states),
                    stream_name: Ok(value.stream_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShowPartitionMetricsResponse {
            metrics: ::std::result::Result<
                ::std::option::Option<super::Metrics>,
                ::std::string::String,
            >,
            metrics_list: ::std::result::Result<
                ::std::vec::Vec<super::Metrics>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShowPartitionMetricsResponse {
            fn default() -> Self {
                Self {
                    metrics: Ok(Default::default()),
                    metrics_list: Ok(Default::default()),
                }
            }
        }
        impl ShowPartitionMetricsResponse {
            pub fn metrics<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metrics>>,
                T::Error: ::std::fmt::Display,
            {
                self.metrics = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metrics: {e}")
                    });
                self
            }
            pub fn metrics_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Metrics>>,
                T::Error: ::std::fmt::Display,
            {
                self.metrics_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metrics_list: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ShowPartitionMetricsResponse>
        for super::ShowPartitionMetricsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShowPartitionMetricsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metrics: value.metrics?,
                    metrics_list: value.metrics_list?,
                })
            }
        }
        impl ::std::convert::From<super::ShowPartitionMetricsResponse>
        for ShowPartitionMetricsResponse {
            fn from(value: super::ShowPartitionMetricsResponse) -> Self {
                Self {
                    metrics: Ok(value.metrics),
                    metrics_list: Ok(value.metrics_list),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShowStreamMetricsResponse {
            metrics: ::std::result::Result<
                ::std::option::Option<super::Metrics>,
                ::std::string::String,
            >,
            metrics_list: ::std::result::Result<
                ::std::vec::Vec<super::Metrics>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShowStreamMetricsResponse {
            fn default() -> Self {
                Self {
                    metrics: Ok(Default::default()),
                    metrics_list: Ok(Default::default()),
                }
            }
        }
        impl ShowStreamMetricsResponse {
            pub fn metrics<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metrics>>,
                T::Error: ::std::fmt::Display,
            {
                self.metrics = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metrics: {e}")
                    });
                self
            }
            pub fn metrics_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Metrics>>,
                T::Error: ::std::fmt::Display,
            {
                self.metrics_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metrics_list: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ShowStreamMetricsResponse>
        for super::ShowStreamMetricsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShowStreamMetricsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metrics: value.metrics?,
                    metrics_list: value.metrics_list?,
                })
            }
        }
        impl ::std::convert::From<super::ShowStreamMetricsResponse>
        for ShowStreamMetricsResponse {
            fn from(value: super::ShowStreamMetricsResponse) -> Self {
                Self {
                    metrics: Ok(value.metrics),
                    metrics_list: Ok(value.metrics_list),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShowStreamTagsResponse {
            tags: ::std::result::Result<
                ::std::vec::Vec<super::Tag>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShowStreamTagsResponse {
            fn default() -> Self {
                Self {
                    tags: Ok(Default::default()),
                }
            }
        }
        impl ShowStreamTagsResponse {
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Tag>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ShowStreamTagsResponse>
        for super::ShowStreamTagsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShowStreamTagsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { tags: value.tags? })
            }
        }
        impl ::std::convert::From<super::ShowStreamTagsResponse>
        for ShowStreamTagsResponse {
            fn from(value: super::ShowStreamTagsResponse) -> Self {
                Self { tags: Ok(value.tags) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShowTransferTaskResponse {
            cloudtable_destination_description: ::std::result::Result<
                ::std::option::Option<super::CloudtableDestinationDescription>,
                ::std::string::String,
            >,
            cloudtable_destination_descripton: ::std::result::Result<
                ::std::option::Option<super::CloudtableDestinationDescription>,
                ::std::string::String,
            >,
            create_time: ::std::result::Result<i64, ::std::string::String>,
            destination_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            dli_destination_description: ::std::result::Result<
                ::std::option::Option<super::DliDestinationDescription>,
                ::std::string::String,
            >,
            dws_destination_description: ::std::result::Result<
                ::std::option::Option<super::DwsDestinationDescription>,
                ::std::string::String,
            >,
            dws_destination_descripton: ::std::result::Result<
                ::std::option::Option<super::DwsDestinationDescription>,
                ::std::string::String,
            >,
            last_transfer_timestamp: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            mrs_destination_description: ::std::result::Result<
                ::std::option::Option<super::MrsDestinationDescription>,
                ::std::string::String,
            >,
            obs_destination_description: ::std::result::Result<
                ::std::option::Option<super::ObsDestinationDescription>,
                ::std::string::String,
            >,
            partitions: ::std::result::Result<
                ::std::vec::Vec<super::PartitionTransferResult>,
                ::std::string::String,
            >,
            state: ::std::result::Result<::std::string::String, ::std::string::String>,
            stream_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stream_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            task_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            task_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShowTransferTaskResponse {
            fn default() -> Self {
                Self {
                    cloudtable_destination_description: Ok(Default::default()),
                    cloudtable_destination_descripton: Ok(Default::default()),
                    create_time: Err("no value supplied for create_time".to_string()),
                    destination_type: Err(
                        "no value supplied for destination_type".to_string(),
                    ),
                    dli_destination_description: Ok(Default::default()),
                    dws_destination_description: Ok(Default::default()),
                    dws_destination_descripton: Ok(Default::default()),
                    last_transfer_timestamp: Ok(Default::default()),
                    mrs_destination_description: Ok(Default::default()),
                    obs_destination_description: Ok(Default::default()),
                    partitions: Ok(Default::default()),
                    state: Err("no value supplied for state".to_string()),
                    stream_id: Ok(Default::default()),
                    stream_name: Err("no value supplied for stream_name".to_string()),
                    task_id: Err("no value supplied for task_id".to_string()),
                    task_name: Err("no value supplied for task_name".to_string()),
                }
            }
        }
        impl ShowTransferTaskResponse {
            pub fn cloudtable_destination_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CloudtableDestinationDescription>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.cloudtable_destination_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cloudtable_destination_description: {e}"
                        )
                    });
                self
            }
            pub fn cloudtable_destination_descripton<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CloudtableDestinationDescription>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.cloudtable_destination_descripton = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cloudtable_destination_descripton: {e}"
                        )
                    });
                self
            }
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn destination_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.destination_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for destination_type: {e}"
                        )
                    });
                self
            }
            pub fn dli_destination_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DliDestinationDescription>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.dli_destination_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dli_destination_description: {e}"
                        )
                    });
                self
            }
            pub fn dws_destination_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DwsDestinationDescription>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.dws_destination_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dws_destination_description: {e}"
                        )
                    });
                self
            }
            pub fn dws_destination_descripton<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DwsDestinationDescription>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.dws_destination_descripton = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dws_destination_descripton: {e}"
                        )
                    });
                self
            }
            pub fn last_transfer_timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_transfer_timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_transfer_timestamp: {e}"
                        )
                    });
                self
            }
            pub fn mrs_destination_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MrsDestinationDescription>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mrs_destination_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for mrs_destination_description: {e}"
                        )
                    });
                self
            }
            pub fn obs_destination_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ObsDestinationDescription>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.obs_destination_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for obs_destination_description: {e}"
                        )
                    });
                self
            }
            pub fn partitions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::PartitionTransferResult>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.partitions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partitions: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn stream_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.stream_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stream_id: {e}")
                    });
                self
            }
            pub fn stream_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.stream_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stream_name: {e}")
                    });
                self
            }
            pub fn task_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.task_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_id: {e}")
                    });
                self
            }
            pub fn task_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.task_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ShowTransferTaskResponse>
        for super::ShowTransferTaskResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShowTransferTaskResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cloudtable_destination_description: value
                        .cloudtable_destination_description?,
                    cloudtable_destination_descripton: value
                        .cloudtable_destination_descripton?,
                    create_time: value.create_time?,
                    destination_type: value.destination_type?,
                    dli_destination_description: value.dli_destination_description?,
                    dws_destination_description: value.dws_destination_description?,
                    dws_destination_descripton: value.dws_destination_descripton?,
                    last_transfer_timestamp: value.last_transfer_timestamp?,
                    mrs_destination_description: value.mrs_destination_description?,
                    obs_destination_description: value.obs_destination_description?,
                    partitions: value.partitions?,
                    state: value.state?,
                    stream_id: value.stream_id?,
                    stream_name: value.stream_name?,
                    task_id: value.task_id?,
                    task_name: value.task_name?,
                })
            }
        }
        impl ::std::convert::From<super::ShowTransferTaskResponse>
        for ShowTransferTaskResponse {
            fn from(value: super::ShowTransferTaskResponse) -> Self {
                Self {
                    cloudtable_destination_description: Ok(
                        value.cloudtable_destination_description,
                    ),
                    cloudtable_destination_descripton: Ok(
                        value.cloudtable_destination_descripton,
                    ),
                    create_time: Ok(value.create_time),
                    destination_type: Ok(value.destination_type),
                    dli_destination_description: Ok(value.dli_destination_description),
                    dws_destination_description: Ok(value.dws_destination_description),
                    dws_destination_descripton: Ok(value.dws_destination_descripton),
                    last_transfer_timestamp: Ok(value.last_transfer_timestamp),
                    mrs_destination_description: Ok(value.mrs_destination_description),
                    obs_destination_description: Ok(value.obs_destination_description),
                    partitions: Ok(value.partitions),
                    state: Ok(value.state),
                    stream_id: Ok(value.stream_id),
                    stream_name: Ok(value.stream_name),
                    task_id: Ok(value.task_id),
                    task_name: Ok(value.task_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StreamInfo {
            auto_scale_enabled: ::std::result::Result<bool, ::std::string::String>,
            auto_scale_max_partition_count: ::std::result::Result<
                i32,
                ::std::string::String,
            >,
            auto_scale_min_partition_count: ::std::result::Result<
                i32,
                ::std::string::String,
            >,
            create_time: ::std::result::Result<i64, ::std::string::String>,
            data_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            partition_count: ::std::result::Result<i32, ::std::string::String>,
            retention_period: ::std::result::Result<i32, ::std::string::String>,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            stream_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            stream_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            stream_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            sys_tags: ::std::result::Result<
                ::std::vec::Vec<super::SysTag>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<super::Tag>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StreamInfo {
            fn default() -> Self {
                Self {
                    auto_scale_enabled: Err(
                        "no value supplied for auto_scale_enabled".to_string(),
                    ),
                    auto_scale_max_partition_count: Err(
                        "no value supplied for auto_scale_max_partition_count"
                            .to_string(),
                    ),
                    auto_scale_min_partition_count: Err(
                        "no value supplied for auto_scale_min_partition_count"
                            .to_string(),
                    ),
                    create_time: Err("no value supplied for create_time".to_string()),
                    data_type: Err("no value supplied for data_type".to_string()),
                    partition_count: Err(
                        "no value supplied for partition_count".to_string(),
                    ),
                    retention_period: Err(
                        "no value supplied for retention_period".to_string(),
                    ),
                    status: Err("no value supplied for status".to_string()),
                    stream_id: Err("no value supplied for stream_id".to_string()),
                    stream_name: Err("no value supplied for stream_name".to_string()),
                    stream_type: Err("no value supplied for stream_type".to_string()),
                    sys_tags: Ok(Default::default()),
                    tags: Ok(Default::default()),
                }
            }
        }
        impl StreamInfo {
            pub fn auto_scale_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_scale_enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auto_scale_enabled: {e}"
                        )
                    });
                self
            }
            pub fn auto_scale_max_partition_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_scale_max_partition_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auto_scale_max_partition_count: {e}"
                        )
                    });
                self
            }
            pub fn auto_scale_min_partition_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_scale_min_partition_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auto_scale_min_partition_count: {e}"
                        )
                    });
                self
            }
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn data_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.data_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data_type: {e}")
                    });
                self
            }
            pub fn partition_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.partition_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partition_count: {e}"
                        )
                    });
                self
            }
            pub fn retention_period<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.retention_period = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for retention_period: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn stream_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.stream_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stream_id: {e}")
                    });
                self
            }
            pub fn stream_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.stream_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stream_name: {e}")
                    });
                self
            }
            pub fn stream_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.stream_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stream_type: {e}")
                    });
                self
            }
            pub fn sys_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SysTag>>,
                T::Error: ::std::fmt::Display,
            {
                self.sys_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sys_tags: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Tag>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StreamInfo> for super::StreamInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StreamInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auto_scale_enabled: value.auto_scale_enabled?,
                    auto_scale_max_partition_count: value
                        .auto_scale_max_partition_count?,
                    auto_scale_min_partition_count: value
                        .auto_scale_min_partition_count?,
                    create_time: value.create_time?,
                    data_type: value.data_type?,
                    partition_count: value.partition_count?,
                    retention_period: value.retention_period?,
                    status: value.status?,
                    stream_id: value.stream_id?,
                    stream_name: value.stream_name?,
                    stream_type: value.stream_type?,
                    sys_tags: value.sys_tags?,
                    tags: value.tags?,
                })
            }
        }
        impl ::std::convert::From<super::StreamInfo> for StreamInfo {
            fn from(value: super::StreamInfo) -> Self {
                Self {
                    auto_scale_enabled: Ok(value.auto_scale_enabled),
                    auto_scale_max_partition_count: Ok(
                        value.auto_scale_max_partition_count,
                    ),
                    auto_scale_min_partition_count: Ok(
                        value.auto_scale_min_partition_count,
                    ),
                    create_time: Ok(value.create_time),
                    data_type: Ok(value.data_type),
                    partition_count: Ok(value.partition_count),
                    retention_period: Ok(value.retention_period),
                    status: Ok(value.status),
                    stream_id: Ok(value.stream_id),
                    stream_name: Ok(value.stream_name),
                    stream_type: Ok(value.stream_type),
                    sys_tags: Ok(value.sys_tags),
                    tags: Ok(value.tags),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SysTag {
            key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SysTag {
            fn default() -> Self {
                Self {
                    key: Ok(Default::default()),
                    status: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl SysTag {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SysTag> for super::SysTag {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SysTag,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    status: value.status?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::SysTag> for SysTag {
            fn from(value: super::SysTag) -> Self {
                Self {
                    key: Ok(value.key),
                    status: Ok(value.status),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Tag {
            key: ::std::result::Result<super::TagKey, ::std::string::String>,
            value: ::std::result::Result<
                ::std::option::Option<super::TagValue>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Tag {
            fn default() -> Self {
                Self {
                    key: Err("no value supplied for key".to_string()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl Tag {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TagKey>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TagValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Tag> for super::Tag {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Tag,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::Tag> for Tag {
            fn from(value: super::Tag) -> Self {
                Self {
                    key: Ok(value.key),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TagFilter {
            key: ::std::result::Result<super::TagFilterKey, ::std::string::String>,
            values: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TagFilter {
            fn default() -> Self {
                Self {
                    key: Err("no value supplied for key".to_string()),
                    values: Ok(Default::default()),
                }
            }
        }
        impl TagFilter {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TagFilterKey>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn values<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.values = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for values: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TagFilter> for super::TagFilter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TagFilter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    values: value.values?,
                })
            }
        }
        impl ::std::convert::From<super::TagFilter> for TagFilter {
            fn from(value: super::TagFilter) -> Self {
                Self {
                    key: Ok(value.key),
                    values: Ok(value.values),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TagMatch {
            key: ::std::result::Result<super::TagMatchKey, ::std::string::String>,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for TagMatch {
            fn default() -> Self {
                Self {
                    key: Err("no value supplied for key".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl TagMatch {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TagMatchKey>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TagMatch> for super::TagMatch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TagMatch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::TagMatch> for TagMatch {
            fn from(value: super::TagMatch) -> Self {
                Self {
                    key: Ok(value.key),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TagsWithValues {
            key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            values: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TagsWithValues {
            fn default() -> Self {
                Self {
                    key: Ok(Default::default()),
                    values: Ok(Default::default()),
                }
            }
        }
        impl TagsWithValues {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn values<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.values = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for values: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TagsWithValues> for super::TagsWithValues {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TagsWithValues,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    values: value.values?,
                })
            }
        }
        impl ::std::convert::From<super::TagsWithValues> for TagsWithValues {
            fn from(value: super::TagsWithValues) -> Self {
                Self {
                    key: Ok(value.key),
                    values: Ok(value.values),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TransferTask {
            create_time: ::std::result::Result<i64, ::std::string::String>,
            destination_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            last_transfer_timestamp: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            state: ::std::result::Result<::std::string::String, ::std::string::String>,
            task_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            task_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TransferTask {
            fn default() -> Self {
                Self {
                    create_time: Err("no value supplied for create_time".to_string()),
                    destination_type: Err(
                        "no value supplied for destination_type".to_string(),
                    ),
                    last_transfer_timestamp: Ok(Default::default()),
                    state: Err("no value supplied for state".to_string()),
                    task_id: Err("no value supplied for task_id".to_string()),
                    task_name: Err("no value supplied for task_name".to_string()),
                }
            }
        }
        impl TransferTask {
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn destination_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.destination_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for destination_type: {e}"
                        )
                    });
                self
            }
            pub fn last_transfer_timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_transfer_timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_transfer_timestamp: {e}"
                        )
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn task_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.task_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_id: {e}")
                    });
                self
            }
            pub fn task_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.task_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TransferTask> for super::TransferTask {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TransferTask,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    create_time: value.create_time?,
                    destination_type: value.destination_type?,
                    last_transfer_timestamp: value.last_transfer_timestamp?,
                    state: value.state?,
                    task_id: value.task_id?,
                    task_name: value.task_name?,
                })
            }
        }
        impl ::std::convert::From<super::TransferTask> for TransferTask {
            fn from(value: super::TransferTask) -> Self {
                Self {
                    create_time: Ok(value.create_time),
                    destination_type: Ok(value.destination_type),
                    last_transfer_timestamp: Ok(value.last_transfer_timestamp),
                    state: Ok(value.state),
                    task_id: Ok(value.task_id),
                    task_name: Ok(value.task_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdatePartitionCount {
            auto_scale: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            create_timestamp: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            result_code: ::std::result::Result<
                ::std::option::Option<super::LenientString>,
                ::std::string::String,
            >,
            result_msg: ::std::result::Result<
                ::std::option::Option<super::LenientString>,
                ::std::string::String,
            >,
            src_partition_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            target_partition_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdatePartitionCount {
            fn default() -> Self {
                Self {
                    auto_scale: Ok(Default::default()),
                    create_timestamp: Ok(Default::default()),
                    result_code: Ok(Default::default()),
                    result_msg: Ok(Default::default()),
                    src_partition_count: Ok(Default::default()),
                    target_partition_count: Ok(Default::default()),
                }
            }
        }
        impl UpdatePartitionCount {
            pub fn auto_scale<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_scale = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auto_scale: {e}")
                    });
                self
            }
            pub fn create_timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for create_timestamp: {e}"
                        )
                    });
                self
            }
            pub fn result_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LenientString>>,
                T::Error: ::std::fmt::Display,
            {
                self.result_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_code: {e}")
                    });
                self
            }
            pub fn result_msg<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LenientString>>,
                T::Error: ::std::fmt::Display,
            {
                self.result_msg = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_msg: {e}")
                    });
                self
            }
            pub fn src_partition_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.src_partition_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for src_partition_count: {e}"
                        )
                    });
                self
            }
            pub fn target_partition_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.target_partition_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for target_partition_count: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdatePartitionCount>
        for super::UpdatePartitionCount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdatePartitionCount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auto_scale: value.auto_scale?,
                    create_timestamp: value.create_timestamp?,
                    result_code: value.result_code?,
                    result_msg: value.result_msg?,
                    src_partition_count: value.src_partition_count?,
                    target_partition_count: value.target_partition_count?,
                })
            }
        }
        impl ::std::convert::From<super::UpdatePartitionCount> for UpdatePartitionCount {
            fn from(value: super::UpdatePartitionCount) -> Self {
                Self {
                    auto_scale: Ok(value.auto_scale),
                    create_timestamp: Ok(value.create_timestamp),
                    result_code: Ok(value.result_code),
                    result_msg: Ok(value.result_msg),
                    src_partition_count: Ok(value.src_partition_count),
                    target_partition_count: Ok(value.target_partition_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdatePartitionCountRequest {
            stream_name: ::std::result::Result<
                super::UpdatePartitionCountRequestStreamName,
                ::std::string::String,
            >,
            target_partition_count: ::std::result::Result<
                ::std::num::NonZeroU32,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdatePartitionCountRequest {
            fn default() -> Self {
                Self {
                    stream_name: Err("no value supplied for stream_name".to_string()),
                    target_partition_count: Err(
                        "no value supplied for target_partition_count".to_string(),
                    ),
                }
            }
        }
        impl UpdatePartitionCountRequest {
            pub fn stream_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UpdatePartitionCountRequestStreamName>,
                T::Error: ::std::fmt::Display,
            {
                self.stream_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stream_name: {e}")
                    });
                self
            }
            pub fn target_partition_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU32>,
                T::Error: ::std::fmt::Display,
            {
                self.target_partition_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for target_partition_count: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdatePartitionCountRequest>
        for super::UpdatePartitionCountRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdatePartitionCountRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    stream_name: value.stream_name?,
                    target_partition_count: value.target_partition_count?,
                })
            }
        }
        impl ::std::convert::From<super::UpdatePartitionCountRequest>
        for UpdatePartitionCountRequest {
            fn from(value: super::UpdatePartitionCountRequest) -> Self {
                Self {
                    stream_name: Ok(value.stream_name),
                    target_partition_count: Ok(value.target_partition_count),
                }
            }
        }
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn default_u64<T, const V: u64>() -> T
        where
            T: ::std::convert::TryFrom<u64>,
            <T as ::std::convert::TryFrom<u64>>::Error: ::std::fmt::Debug,
        {
            T::try_from(V).unwrap()
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Data Ingestion Service (DIS) API

REST API of the Open Telekom Cloud Data Ingestion Service, version 2. DIS keeps
partitioned, time-limited streams of records: producers upload base64-encoded records,
consumers obtain a partition cursor and read from it, and consumer apps can store
checkpoints. Streams can additionally be dumped to OBS, monitored and tagged.

Wire notes that apply everywhere:
- Every path starts with `/v2/{project_id}`; the Keystone catalog registers the service as
  type `disv2` with a URL that already ends in `/v2/{project_id}`.
- Most write operations answer with an empty body (201, 204 or 200).
- Business errors, including "not found", are mostly HTTP 400 with a DIS error code
  (for example DIS.4301 stream does not exist, DIS.4332 app not found); check the code,
  not only the status.
- Timestamps are epoch milliseconds (int64) unless stated otherwise.
- Partition IDs are accepted as `shardId-0000000000` or as `0`; responses mostly use the
  `shardId-` form.
- Every operation declares `x-dis-idempotency`: `read-only` (changes nothing),
  `idempotent` (repeating leaves the same state) or `not-idempotent` (repeating can store
  records twice or hide that the first attempt succeeded). Clients decide from it whether
  a request that may have been applied can be sent again.
- Response schemas of streams, apps and dump tasks mark as `required` the fields that the
  reference's table lists and its example carries (names, IDs, states, types, counts,
  the list arrays and `has_more_*` flags). Fields the examples leave out, or that a new
  resource may not have yet (`last_transfer_timestamp`, transfer offsets), stay optional,
  as do totals nobody pages by.


Version: 2*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: ::otc_dis_raw::Hooks,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: ::otc_dis_raw::Hooks) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: ::otc_dis_raw::Hooks,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<::otc_dis_raw::Hooks> for Client {
    fn api_version() -> &'static str {
        "2"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &::otc_dis_raw::Hooks {
        &self.inner
    }
}
impl ClientHooks<::otc_dis_raw::Hooks> for &Client {}
impl Client {
    /**List consumer apps

Returns one page of apps, optionally only those of one stream. Page with `start_app_name` (last `app_name` of the page) while `has_more_app` is true. Besides 400 and 500 the reference lists 404 "Application not found" for this call.

Sends a `GET` request to `/v2/{project_id}/apps`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `limit`: Maximum number of apps in one page.
- `start_app_name`: Exclusive start; the listing begins after this app name.
- `stream_name`: Return only the apps associated with this stream.
```ignore
let response = client.list_apps()
    .project_id(project_id)
    .limit(limit)
    .start_app_name(start_app_name)
    .stream_name(stream_name)
    .send()
    .await;
```*/
    pub fn list_apps(&self) -> builder::ListApps<'_> {
        builder::ListApps::new(self)
    }
    /**Create a consumer app

Registers a consumer application, which checkpoints are stored under. An existing name gives DIS.4330, a full quota DIS.4329. Answers 201 with an empty body.

Sends a `POST` request to `/v2/{project_id}/apps`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `body`
```ignore
let response = client.create_app()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_app(&self) -> builder::CreateApp<'_> {
        builder::CreateApp::new(self)
    }
    /**Show app details

Returns one consumer app, including the streams it has committed checkpoints on.

Sends a `GET` request to `/v2/{project_id}/apps/{app_name}`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `app_name`: Consumer app name, 1..200 characters of letters, digits, `_` and `-`.
```ignore
let response = client.show_app()
    .project_id(project_id)
    .app_name(app_name)
    .send()
    .await;
```*/
    pub fn show_app(&self) -> builder::ShowApp<'_> {
        builder::ShowApp::new(self)
    }
    /**Delete a consumer app

Deletes a consumer app. Answers 204 with an empty body. Wire: a missing app is reported as HTTP 400 with DIS.4332, an app still in use as DIS.4331.

Sends a `DELETE` request to `/v2/{project_id}/apps/{app_name}`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `app_name`: Consumer app name, 1..200 characters of letters, digits, `_` and `-`.
```ignore
let response = client.delete_app()
    .project_id(project_id)
    .app_name(app_name)
    .send()
    .await;
```*/
    pub fn delete_app(&self) -> builder::DeleteApp<'_> {
        builder::DeleteApp::new(self)
    }
    /**Show the consumption state of an app on a stream

Returns, per partition, the app's checkpoint and the partition's earliest and latest offsets, one page at a time (page with `start_partition_id` while `has_more` is true). Wire: `partition_id` and `sequence_number` can arrive as JSON numbers (for example 0 and -1) although the reference types them as strings. The reference limits the path stream name to 60 characters; 64 is used here.

Sends a `GET` request to `/v2/{project_id}/apps/{app_name}/streams/{stream_name}`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `app_name`: Consumer app name, 1..200 characters of letters, digits, `_` and `-`.
- `stream_name`: Stream name, 1..64 characters of letters, digits, `_` and `-`. Wire: some reference pages limit the path value to 60 characters, but 64-character names can be created.
- `checkpoint_type`: Checkpoint type to report; only LAST_READ exists.
- `limit`: Maximum number of partitions in one page.
- `start_partition_id`: Exclusive start; partitions are listed after this partition ID.
```ignore
let response = client.show_consumer_state()
    .project_id(project_id)
    .app_name(app_name)
    .stream_name(stream_name)
    .checkpoint_type(checkpoint_type)
    .limit(limit)
    .start_partition_id(start_partition_id)
    .send()
    .await;
```*/
    pub fn show_consumer_state(&self) -> builder::ShowConsumerState<'_> {
        builder::ShowConsumerState::new(self)
    }
    /**Show a checkpoint

Returns the checkpoint an app committed on one partition of a stream. All four documented query parameters are required. The reference example returns the placeholder "newstram" as sequence number; real values are decimal sequence numbers.

Sends a `GET` request to `/v2/{project_id}/checkpoints`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `app_name`: App the checkpoint belongs to.
- `checkpoint_type`: Checkpoint type; only LAST_READ exists.
- `partition_id`: Partition, as `shardId-0000000000` or `0`.
- `stream_id`: Not in the reference; sent by the Java SDK to address a stream authorised by another account.
- `stream_name`: Stream the checkpoint belongs to.
- `timestamp`: Not in the reference; the Go SDK always sends `timestamp=0`. Epoch milliseconds; its effect is undocumented.
```ignore
let response = client.show_checkpoint()
    .project_id(project_id)
    .app_name(app_name)
    .checkpoint_type(checkpoint_type)
    .partition_id(partition_id)
    .stream_id(stream_id)
    .stream_name(stream_name)
    .timestamp(timestamp)
    .send()
    .await;
```*/
    pub fn show_checkpoint(&self) -> builder::ShowCheckpoint<'_> {
        builder::ShowCheckpoint::new(self)
    }
    /**Commit a checkpoint

Stores the sequence number an app has consumed up to on one partition, optionally with app metadata. The sequence number must lie within the partition's valid range (DIS.4224 otherwise). Answers 201 with an empty body.

Sends a `POST` request to `/v2/{project_id}/checkpoints`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `body`
```ignore
let response = client.commit_checkpoint()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn commit_checkpoint(&self) -> builder::CommitCheckpoint<'_> {
        builder::CommitCheckpoint::new(self)
    }
    /**Delete checkpoints

Deletes the checkpoint of an app on one partition, or on all partitions of the stream when `partition_id` is omitted. Answers 204 with an empty body. Wire: the reference limits `app_name` to 50 characters here, but app names of up to 200 characters can be created, so 200 is used; the Python SDK omits `checkpoint_type`, which the reference marks as required (kept required here).

Sends a `DELETE` request to `/v2/{project_id}/checkpoints`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `app_name`: App the checkpoints belong to.
- `checkpoint_type`: Checkpoint type; only LAST_READ exists.
- `partition_id`: Partition, as `shardId-0000000000` or `0`. Omit it to delete the app's checkpoints on every partition of the stream.
- `stream_id`: Not in the reference; sent by the Java SDK to address a stream authorised by another account.
- `stream_name`: Stream the checkpoints belong to.
```ignore
let response = client.delete_checkpoint()
    .project_id(project_id)
    .app_name(app_name)
    .checkpoint_type(checkpoint_type)
    .partition_id(partition_id)
    .stream_id(stream_id)
    .stream_name(stream_name)
    .send()
    .await;
```*/
    pub fn delete_checkpoint(&self) -> builder::DeleteCheckpoint<'_> {
        builder::DeleteCheckpoint::new(self)
    }
    /**Obtain a partition cursor

Returns a cursor (valid for 5 minutes) for reading one partition from a position given by a sequence number, a timestamp, the oldest record or the newest record. Query names are hyphenated on the wire; an underscore spelling such as `cursor_type` is not honoured.

Sends a `GET` request to `/v2/{project_id}/cursors`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `cursor_type`: Where reading starts; the server assumes AT_SEQUENCE_NUMBER when omitted.
- `partition_id`: Partition, as `shardId-0000000000` or `0`.
- `starting_sequence_number`: Decimal sequence number, 0..9223372036854775807; used with AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER.
- `stream_id`: Not in the reference; sent by the Python and Java SDKs to address a stream authorised by another account.
- `stream_name`: Stream to read.
- `timestamp`: Epoch milliseconds to start reading at; used with AT_TIMESTAMP.
```ignore
let response = client.get_cursor()
    .project_id(project_id)
    .cursor_type(cursor_type)
    .partition_id(partition_id)
    .starting_sequence_number(starting_sequence_number)
    .stream_id(stream_id)
    .stream_name(stream_name)
    .timestamp(timestamp)
    .send()
    .await;
```*/
    pub fn get_cursor(&self) -> builder::GetCursor<'_> {
        builder::GetCursor::new(self)
    }
    /**Download records

Reads records from the partition position a cursor points at and returns the cursor for the next read. Cursors are valid for 5 minutes (DIS.4225 when expired). An empty `records` list with a new cursor is normal at the end of a partition.

Sends a `GET` request to `/v2/{project_id}/records`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `limit`: Not in the reference; maximum number of records, 1..10000, sent by the Python SDK (default 1000). The Java SDK marks it as no longer effective.
- `max_fetch_bytes`: Maximum number of bytes to return. A value smaller than the next record means that record can never be read with this setting.
- `partition_cursor`: Cursor from get_cursor or from the previous call's `next_partition_cursor`.
```ignore
let response = client.get_records()
    .project_id(project_id)
    .limit(limit)
    .max_fetch_bytes(max_fetch_bytes)
    .partition_cursor(partition_cursor)
    .send()
    .await;
```*/
    pub fn get_records(&self) -> builder::GetRecords<'_> {
        builder::GetRecords::new(self)
    }
    /**Upload records

Writes a batch of base64-encoded records to a stream. Each record goes to its `partition_id` if given, else to the partition chosen by `explicit_hash_key` or the hash of `partition_key`. Partial failure is reported inside the 200 response: check `failed_record_count` and each entry's `error_code` (for example DIS.4303 when throttled). Limits: a record's data is at most 1 MB before base64, a request at most 5 MB.

Sends a `POST` request to `/v2/{project_id}/records`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `body`
```ignore
let response = client.put_records()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn put_records(&self) -> builder::PutRecords<'_> {
        builder::PutRecords::new(self)
    }
    /**Filter or count streams by tag

`action: filter` returns a page of streams matching the tag criteria (`limit`/`offset` are numeric strings); `action: count` returns only `total_count`. The reference's response table is a copy of the request table (doc bug); the response is modelled from its example (`resources`, `total_count`). `matches` is typed String in the table, but the examples send an array of `{key, value}`, which is modelled here. The reference has a second example (`action: count` with the same tags and matches).

Sends a `POST` request to `/v2/{project_id}/stream/resource_instances/action`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `body`
```ignore
let response = client.list_resources_by_tags()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn list_resources_by_tags(&self) -> builder::ListResourcesByTags<'_> {
        builder::ListResourcesByTags::new(self)
    }
    /**List all stream tags of the project

Returns every tag key used on streams of the project (region), each with the set of values in use.

Sends a `GET` request to `/v2/{project_id}/stream/tags`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
```ignore
let response = client.list_tags()
    .project_id(project_id)
    .send()
    .await;
```*/
    pub fn list_tags(&self) -> builder::ListTags<'_> {
        builder::ListTags::new(self)
    }
    /**List the tags of a stream

Returns the key/value tags of the stream identified by its ID (singular `/stream/` path).

Sends a `GET` request to `/v2/{project_id}/stream/{stream_id}/tags`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `stream_id`: Stream ID (`stream_id` from show_stream / list_streams).
```ignore
let response = client.show_stream_tags()
    .project_id(project_id)
    .stream_id(stream_id)
    .send()
    .await;
```*/
    pub fn show_stream_tags(&self) -> builder::ShowStreamTags<'_> {
        builder::ShowStreamTags::new(self)
    }
    /**Add a tag to a stream

Adds one tag to the stream identified by its ID (singular `/stream/` path). A stream holds at most 10 tags (DIS.4601); an unknown stream gives DIS.4603. Returns 204.

Sends a `POST` request to `/v2/{project_id}/stream/{stream_id}/tags`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `stream_id`: Stream ID (`stream_id` from show_stream / list_streams).
- `body`
```ignore
let response = client.create_tag()
    .project_id(project_id)
    .stream_id(stream_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_tag(&self) -> builder::CreateTag<'_> {
        builder::CreateTag::new(self)
    }
    /**Add or delete stream tags in batch

One operation for BatchCreateTags (`action: create`) and BatchDeleteTags (`action: delete`), which share method and path. Note the singular `/stream/` and the stream ID (not name). Both actions are idempotent: create overwrites the value of an existing key (duplicate keys within one request are an error), delete ignores missing tags but needs a non-empty key. A stream holds at most 10 tags (DIS.4601). Returns 204. The reference's delete example equals the create example with `action: delete`.

Sends a `POST` request to `/v2/{project_id}/stream/{stream_id}/tags/action`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `stream_id`: Stream ID (`stream_id` from show_stream / list_streams).
- `body`
```ignore
let response = client.batch_tag_action()
    .project_id(project_id)
    .stream_id(stream_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn batch_tag_action(&self) -> builder::BatchTagAction<'_> {
        builder::BatchTagAction::new(self)
    }
    /**Delete a tag of a stream

Removes the tag with the given key from the stream (singular `/stream/` path, stream ID). The key is a path segment and must be percent-encoded. An unknown key gives DIS.4604. Returns 204.

Sends a `DELETE` request to `/v2/{project_id}/stream/{stream_id}/tags/{key}`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `stream_id`: Stream ID (`stream_id` from show_stream / list_streams).
- `key`: Key of the tag to delete.
```ignore
let response = client.delete_tag()
    .project_id(project_id)
    .stream_id(stream_id)
    .key(key)
    .send()
    .await;
```*/
    pub fn delete_tag(&self) -> builder::DeleteTag<'_> {
        builder::DeleteTag::new(self)
    }
    /**List streams

Returns the streams of the tenant one page at a time. To get the next page, pass the last stream name of the current page as `start_stream_name` while `has_more_streams` is true.

Sends a `GET` request to `/v2/{project_id}/streams`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `limit`: Maximum number of streams in one page.
- `start_stream_name`: Exclusive start; the listing begins after this stream name. Omit it for the first page.
```ignore
let response = client.list_streams()
    .project_id(project_id)
    .limit(limit)
    .start_stream_name(start_stream_name)
    .send()
    .await;
```*/
    pub fn list_streams(&self) -> builder::ListStreams<'_> {
        builder::ListStreams::new(self)
    }
    /**Create a stream

Creates a stream with the given number of partitions. By default an account may hold 50 COMMON and 10 ADVANCED partitions in total (DIS.4308 when exceeded); an existing name gives DIS.4307. Answers 201 with an empty body.

Sends a `POST` request to `/v2/{project_id}/streams`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `body`
```ignore
let response = client.create_stream()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_stream(&self) -> builder::CreateStream<'_> {
        builder::CreateStream::new(self)
    }
    /**Show stream details

Returns the attributes of one stream and one page of its partitions. Page through the partitions with `start_partitionId` (last `partition_id` of the page) while `has_more_partitions` is true. Wire: the reference limits the path name to 60 characters, but names of up to 64 characters can be created and are accepted here.

Sends a `GET` request to `/v2/{project_id}/streams/{stream_name}`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `stream_name`: Stream name, 1..64 characters of letters, digits, `_` and `-`. Wire: some reference pages limit the path value to 60 characters, but 64-character names can be created.
- `limit_partitions`: Maximum number of partitions in one page.
- `start_partition_id`: Exclusive start; partitions are listed after this partition ID. Note the mixed-case name, which is the wire spelling.
- `stream_id`: Not in the reference; sent by the Python and Java SDKs to address a stream that another account has authorised.
```ignore
let response = client.show_stream()
    .project_id(project_id)
    .stream_name(stream_name)
    .limit_partitions(limit_partitions)
    .start_partition_id(start_partition_id)
    .stream_id(stream_id)
    .send()
    .await;
```*/
    pub fn show_stream(&self) -> builder::ShowStream<'_> {
        builder::ShowStream::new(self)
    }
    /**Change the partition count of a stream

Scales a stream up (target above the current count) or down (target below it). The body repeats the stream name of the path. Scaling is rate-limited per stream (the reference allows five scalings per hour and none within an hour after a successful one). Answers 200 with an empty body.

Sends a `PUT` request to `/v2/{project_id}/streams/{stream_name}`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `stream_name`: Stream name, 1..64 characters of letters, digits, `_` and `-`. Wire: some reference pages limit the path value to 60 characters, but 64-character names can be created.
- `body`
```ignore
let response = client.update_partition_count()
    .project_id(project_id)
    .stream_name(stream_name)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_partition_count(&self) -> builder::UpdatePartitionCount<'_> {
        builder::UpdatePartitionCount::new(self)
    }
    /**Delete a stream

Deletes a stream and its data. Answers 204 with an empty body. Wire: a missing stream is reported as HTTP 400 with DIS.4301, not as 404. The reference limits the path name to 60 characters; 64 is used here, matching creation.

Sends a `DELETE` request to `/v2/{project_id}/streams/{stream_name}`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `stream_name`: Stream name, 1..64 characters of letters, digits, `_` and `-`. Wire: some reference pages limit the path value to 60 characters, but 64-character names can be created.
```ignore
let response = client.delete_stream()
    .project_id(project_id)
    .stream_name(stream_name)
    .send()
    .await;
```*/
    pub fn delete_stream(&self) -> builder::DeleteStream<'_> {
        builder::DeleteStream::new(self)
    }
    /**Query stream monitoring data

Returns time series for one stream metric (`label`) or several (`label_list`, which wins when both are given; one of the two must be set). The window is given in epoch seconds and may span at most 7 days (DIS.4203/DIS.4204); an unknown label gives DIS.4209. With `label_list` the series come back in `metrics_list`. The reference has no example response.

Sends a `GET` request to `/v2/{project_id}/streams/{stream_name}/metrics`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `stream_name`: Stream name, 1..64 characters of letters, digits, `_` and `-`. Wire: some reference pages limit the path value to 60 characters, but 64-character names can be created.
- `end_time`: End of the window, epoch seconds (10 digits).
- `label`: Stream metric to query. The reference's description spells the last two values `traffic_controll_put`/`traffic_controll_get`; its enumeration (and the Huawei v3 SDKs) use `traffic_control_*`, which is what this spec accepts.
- `label_list`: Comma-separated list of stream metric labels (same values as `label`), e.g. `total_put_bytes_per_stream,total_get_bytes_per_stream`. Takes precedence over `label`.
- `start_time`: Start of the window, epoch seconds (10 digits).
```ignore
let response = client.show_stream_metrics()
    .project_id(project_id)
    .stream_name(stream_name)
    .end_time(end_time)
    .label(label)
    .label_list(label_list)
    .start_time(start_time)
    .send()
    .await;
```*/
    pub fn show_stream_metrics(&self) -> builder::ShowStreamMetrics<'_> {
        builder::ShowStreamMetrics::new(self)
    }
    /**Query partition monitoring data

Returns time series for one partition metric (`label`) or several (`label_list`, which wins when both are given; one of the two must be set). Window in epoch seconds, at most 7 days (DIS.4203/DIS.4204). The reference documents only `metrics` in the response; `metrics_list` is accepted as well for `label_list` queries. No example response is documented.

Sends a `GET` request to `/v2/{project_id}/streams/{stream_name}/partitions/{partition_id}/metrics`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `stream_name`: Stream name, 1..64 characters of letters, digits, `_` and `-`. Wire: some reference pages limit the path value to 60 characters, but 64-character names can be created.
- `partition_id`: Partition ID, either `shardId-0000000000` style or the plain index (`0`).
- `end_time`: End of the window, epoch seconds (10 digits).
- `label`: Partition metric to query.
- `label_list`: Comma-separated list of partition metric labels (same values as `label`). Takes precedence over `label`.
- `start_time`: Start of the window, epoch seconds (10 digits).
```ignore
let response = client.show_partition_metrics()
    .project_id(project_id)
    .stream_name(stream_name)
    .partition_id(partition_id)
    .end_time(end_time)
    .label(label)
    .label_list(label_list)
    .start_time(start_time)
    .send()
    .await;
```*/
    pub fn show_partition_metrics(&self) -> builder::ShowPartitionMetrics<'_> {
        builder::ShowPartitionMetrics::new(self)
    }
    /**List the dump tasks of a stream

Returns all dump tasks of the stream together with the total count and the per-stream quota. The list items carry `task_id`, which start/stop (`batch_transfer_task_action`) needs. No query parameters are documented; `limit` and `start_task_name` below are what the Java and Go SDKs send, and a client that omits both gets the documented single answer. The reference example omits `quota`.

Sends a `GET` request to `/v2/{project_id}/streams/{stream_name}/transfer-tasks`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `stream_name`: Stream name, 1..64 characters of letters, digits, `_` and `-`. Wire: some reference pages limit the path value to 60 characters, but 64-character names can be created.
- `limit`: Not in the reference; sent by the Java and Go SDKs. Maximum number of tasks in one page (the Java SDK sends 10 by default; no range is documented). Omit it to get all tasks in one answer, as documented.
- `start_task_name`: Not in the reference; sent by the Java and Go SDKs. Exclusive start; the listing begins after this task name. Omit it for the first page.
```ignore
let response = client.list_transfer_tasks()
    .project_id(project_id)
    .stream_name(stream_name)
    .limit(limit)
    .start_task_name(start_task_name)
    .send()
    .await;
```*/
    pub fn list_transfer_tasks(&self) -> builder::ListTransferTasks<'_> {
        builder::ListTransferTasks::new(self)
    }
    /**Add an OBS dump task to a stream

Creates a dump (transfer) task that periodically writes the stream's data into an OBS bucket. Only `destination_type: OBS` is documented; the MRS, DLI, DWS and CloudTable variants were taken offline from the reference. At most 5 dump tasks per stream (DIS.4357); a duplicate task name gives DIS.4355. Returns 201 with an empty body. The reference has a second example that differs only in `destination_file_type: parquet` (JSON streams only).

Sends a `POST` request to `/v2/{project_id}/streams/{stream_name}/transfer-tasks`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `stream_name`: Stream name, 1..64 characters of letters, digits, `_` and `-`. Wire: some reference pages limit the path value to 60 characters, but 64-character names can be created.
- `body`
```ignore
let response = client.create_transfer_task()
    .project_id(project_id)
    .stream_name(stream_name)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_transfer_task(&self) -> builder::CreateTransferTask<'_> {
        builder::CreateTransferTask::new(self)
    }
    /**Start or stop (pause) dump tasks

One operation for the two documented calls BatchStartTransferTask (`action: start`) and BatchStopTransferTask (`action: stop`), which share method and path. Tasks are addressed by their ID (`task_id` from list/show), not by name. Returns 200 with an empty body. The reference's stop example is identical to the start example except for `action: stop`.

Sends a `POST` request to `/v2/{project_id}/streams/{stream_name}/transfer-tasks/action`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `stream_name`: Stream name, 1..64 characters of letters, digits, `_` and `-`. Wire: some reference pages limit the path value to 60 characters, but 64-character names can be created.
- `body`
```ignore
let response = client.batch_transfer_task_action()
    .project_id(project_id)
    .stream_name(stream_name)
    .body(body)
    .send()
    .await;
```*/
    pub fn batch_transfer_task_action(&self) -> builder::BatchTransferTaskAction<'_> {
        builder::BatchTransferTaskAction::new(self)
    }
    /**Show the details of a dump task

Returns the task's state, its destination configuration and per-partition dump progress. An unknown task gives HTTP 400 with DIS.4354. Wire: `partitions` items are PartitionTransferResult objects with a camelCase `partitionId` (the reference table names PartitionResult), and the response also carries `stream_id` and `task_id`. The example's key `"file_prefix\""` (doc typo) is corrected to `file_prefix` here.

Sends a `GET` request to `/v2/{project_id}/streams/{stream_name}/transfer-tasks/{task_name}`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `stream_name`: Stream name, 1..64 characters of letters, digits, `_` and `-`. Wire: some reference pages limit the path value to 60 characters, but 64-character names can be created.
- `task_name`: Name of the dump task.
```ignore
let response = client.show_transfer_task()
    .project_id(project_id)
    .stream_name(stream_name)
    .task_name(task_name)
    .send()
    .await;
```*/
    pub fn show_transfer_task(&self) -> builder::ShowTransferTask<'_> {
        builder::ShowTransferTask::new(self)
    }
    /**Delete a dump task

Deletes the named dump task of the stream. Returns 204 with an empty body; an unknown task gives HTTP 400 with DIS.4354 (not 404).

Sends a `DELETE` request to `/v2/{project_id}/streams/{stream_name}/transfer-tasks/{task_name}`

Arguments:
- `project_id`: Project ID (the project the token is scoped to).
- `stream_name`: Stream name, 1..64 characters of letters, digits, `_` and `-`. Wire: some reference pages limit the path value to 60 characters, but 64-character names can be created.
- `task_name`: Name of the dump task to delete.
```ignore
let response = client.delete_transfer_task()
    .project_id(project_id)
    .stream_name(stream_name)
    .task_name(task_name)
    .send()
    .await;
```*/
    pub fn delete_transfer_task(&self) -> builder::DeleteTransferTask<'_> {
        builder::DeleteTransferTask::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_apps`]

[`Client::list_apps`]: super::Client::list_apps*/
    #[derive(Debug, Clone)]
    pub struct ListApps<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        start_app_name: Result<Option<types::ListAppsStartAppName>, String>,
        stream_name: Result<Option<types::ListAppsStreamName>, String>,
    }
    impl<'a> ListApps<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                limit: Ok(None),
                start_app_name: Ok(None),
                stream_name: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn start_app_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListAppsStartAppName>,
        {
            self.start_app_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListAppsStartAppName` for start_app_name failed"
                        .to_string()
                });
            self
        }
        pub fn stream_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListAppsStreamName>,
        {
            self.stream_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListAppsStreamName` for stream_name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/{project_id}/apps`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListAppResponse>,
            Error<::otc_dis_raw::ErrorBody>,
        > {
            let Self { client, project_id, limit, start_app_name, stream_name } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let start_app_name = start_app_name.map_err(Error::InvalidRequest)?;
            let stream_name = stream_name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/apps", client.baseurl, encode_path(& project_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "start_app_name",
                        &start_app_name,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("stream_name", &stream_name))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_apps",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_app`]

[`Client::create_app`]: super::Client::create_app*/
    #[derive(Debug, Clone)]
    pub struct CreateApp<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        body: Result<types::builder::CreateAppRequest, String>,
    }
    impl<'a> CreateApp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateAppRequest>,
            <V as std::convert::TryInto<
                types::CreateAppRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateAppRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateAppRequest,
            ) -> types::builder::CreateAppRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/{project_id}/apps`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::otc_dis_raw::ErrorBody>> {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateAppRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/apps", client.baseurl, encode_path(& project_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_app",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::show_app`]

[`Client::show_app`]: super::Client::show_app*/
    #[derive(Debug, Clone)]
    pub struct ShowApp<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        app_name: Result<types::ShowAppAppName, String>,
    }
    impl<'a> ShowApp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                app_name: Err("app_name was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn app_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ShowAppAppName>,
        {
            self.app_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ShowAppAppName` for app_name failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/{project_id}/apps/{app_name}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::DescribeAppResult>,
            Error<::otc_dis_raw::ErrorBody>,
        > {
            let Self { client, project_id, app_name } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let app_name = app_name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/apps/{}", client.baseurl, encode_path(& project_id
                .to_string()), encode_path(& app_name.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_app",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_app`]

[`Client::delete_app`]: super::Client::delete_app*/
    #[derive(Debug, Clone)]
    pub struct DeleteApp<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        app_name: Result<types::DeleteAppAppName, String>,
    }
    impl<'a> DeleteApp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                app_name: Err("app_name was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn app_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteAppAppName>,
        {
            self.app_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeleteAppAppName` for app_name failed".to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v2/{project_id}/apps/{app_name}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::otc_dis_raw::ErrorBody>> {
            let Self { client, project_id, app_name } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let app_name = app_name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/apps/{}", client.baseurl, encode_path(& project_id
                .to_string()), encode_path(& app_name.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_app",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::show_consumer_state`]

[`Client::show_consumer_state`]: super::Client::show_consumer_state*/
    #[derive(Debug, Clone)]
    pub struct ShowConsumerState<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        app_name: Result<types::ShowConsumerStateAppName, String>,
        stream_name: Result<types::ShowConsumerStateStreamName, String>,
        checkpoint_type: Result<types::CheckpointType, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        start_partition_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ShowConsumerState<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                app_name: Err("app_name was not initialized".to_string()),
                stream_name: Err("stream_name was not initialized".to_string()),
                checkpoint_type: Err("checkpoint_type was not initialized".to_string()),
                limit: Ok(None),
                start_partition_id: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn app_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ShowConsumerStateAppName>,
        {
            self.app_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ShowConsumerStateAppName` for app_name failed"
                        .to_string()
                });
            self
        }
        pub fn stream_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ShowConsumerStateStreamName>,
        {
            self.stream_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ShowConsumerStateStreamName` for stream_name failed"
                        .to_string()
                });
            self
        }
        pub fn checkpoint_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CheckpointType>,
        {
            self.checkpoint_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `CheckpointType` for checkpoint_type failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn start_partition_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.start_partition_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for start_partition_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/{project_id}/apps/{app_name}/streams/{stream_name}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ShowConsumerStateResponse>,
            Error<::otc_dis_raw::ErrorBody>,
        > {
            let Self {
                client,
                project_id,
                app_name,
                stream_name,
                checkpoint_type,
                limit,
                start_partition_id,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let app_name = app_name.map_err(Error::InvalidRequest)?;
            let stream_name = stream_name.map_err(Error::InvalidRequest)?;
            let checkpoint_type = checkpoint_type.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let start_partition_id = start_partition_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/apps/{}/streams/{}", client.baseurl, encode_path(& project_id
                .to_string()), encode_path(& app_name.to_string()), encode_path(&
                stream_name.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "checkpoint_type",
                        &checkpoint_type,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "start_partition_id",
                        &start_partition_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_consumer_state",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::show_checkpoint`]

[`Client::show_checkpoint`]: super::Client::show_checkpoint*/
    #[derive(Debug, Clone)]
    pub struct ShowCheckpoint<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        app_name: Result<types::ShowCheckpointAppName, String>,
        checkpoint_type: Result<types::CheckpointType, String>,
        partition_id: Result<::std::string::String, String>,
        stream_id: Result<Option<::std::string::String>, String>,
        stream_name: Result<types::ShowCheckpointStreamName, String>,
        timestamp: Result<Option<i64>, String>,
    }
    impl<'a> ShowCheckpoint<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                app_name: Err("app_name was not initialized".to_string()),
                checkpoint_type: Err("checkpoint_type was not initialized".to_string()),
                partition_id: Err("partition_id was not initialized".to_string()),
                stream_id: Ok(None),
                stream_name: Err("stream_name was not initialized".to_string()),
                timestamp: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn app_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ShowCheckpointAppName>,
        {
            self.app_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ShowCheckpointAppName` for app_name failed"
                        .to_string()
                });
            self
        }
        pub fn checkpoint_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CheckpointType>,
        {
            self.checkpoint_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `CheckpointType` for checkpoint_type failed"
                        .to_string()
                });
            self
        }
        pub fn partition_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.partition_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for partition_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.stream_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for stream_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ShowCheckpointStreamName>,
        {
            self.stream_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ShowCheckpointStreamName` for stream_name failed"
                        .to_string()
                });
            self
        }
        pub fn timestamp<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.timestamp = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for timestamp failed".to_string());
            self
        }
        ///Sends a `GET` request to `/v2/{project_id}/checkpoints`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ShowCheckpointResponse>,
            Error<::otc_dis_raw::ErrorBody>,
        > {
            let Self {
                client,
                project_id,
                app_name,
                checkpoint_type,
                partition_id,
                stream_id,
                stream_name,
                timestamp,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let app_name = app_name.map_err(Error::InvalidRequest)?;
            let checkpoint_type = checkpoint_type.map_err(Error::InvalidRequest)?;
            let partition_id = partition_id.map_err(Error::InvalidRequest)?;
            let stream_id = stream_id.map_err(Error::InvalidRequest)?;
            let stream_name = stream_name.map_err(Error::InvalidRequest)?;
            let timestamp = timestamp.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/checkpoints", client.baseurl, encode_path(& project_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("app_name", &app_name))
                .query(
                    &progenitor_client::QueryParam::new(
                        "checkpoint_type",
                        &checkpoint_type,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("partition_id", &partition_id),
                )
                .query(&progenitor_client::QueryParam::new("stream_id", &stream_id))
                .query(&progenitor_client::QueryParam::new("stream_name", &stream_name))
                .query(&progenitor_client::QueryParam::new("timestamp", &timestamp))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_checkpoint",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::commit_checkpoint`]

[`Client::commit_checkpoint`]: super::Client::commit_checkpoint*/
    #[derive(Debug, Clone)]
    pub struct CommitCheckpoint<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        body: Result<types::builder::CommitCheckpointRequest, String>,
    }
    impl<'a> CommitCheckpoint<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CommitCheckpointRequest>,
            <V as std::convert::TryInto<
                types::CommitCheckpointRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CommitCheckpointRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CommitCheckpointRequest,
            ) -> types::builder::CommitCheckpointRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/{project_id}/checkpoints`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::otc_dis_raw::ErrorBody>> {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CommitCheckpointRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/checkpoints", client.baseurl, encode_path(& project_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "commit_checkpoint",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_checkpoint`]

[`Client::delete_checkpoint`]: super::Client::delete_checkpoint*/
    #[derive(Debug, Clone)]
    pub struct DeleteCheckpoint<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        app_name: Result<types::DeleteCheckpointAppName, String>,
        checkpoint_type: Result<types::CheckpointType, String>,
        partition_id: Result<Option<::std::string::String>, String>,
        stream_id: Result<Option<::std::string::String>, String>,
        stream_name: Result<types::DeleteCheckpointStreamName, String>,
    }
    impl<'a> DeleteCheckpoint<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                app_name: Err("app_name was not initialized".to_string()),
                checkpoint_type: Err("checkpoint_type was not initialized".to_string()),
                partition_id: Ok(None),
                stream_id: Ok(None),
                stream_name: Err("stream_name was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn app_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteCheckpointAppName>,
        {
            self.app_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeleteCheckpointAppName` for app_name failed"
                        .to_string()
                });
            self
        }
        pub fn checkpoint_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CheckpointType>,
        {
            self.checkpoint_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `CheckpointType` for checkpoint_type failed"
                        .to_string()
                });
            self
        }
        pub fn partition_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.partition_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for partition_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.stream_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for stream_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteCheckpointStreamName>,
        {
            self.stream_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeleteCheckpointStreamName` for stream_name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v2/{project_id}/checkpoints`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::otc_dis_raw::ErrorBody>> {
            let Self {
                client,
                project_id,
                app_name,
                checkpoint_type,
                partition_id,
                stream_id,
                stream_name,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let app_name = app_name.map_err(Error::InvalidRequest)?;
            let checkpoint_type = checkpoint_type.map_err(Error::InvalidRequest)?;
            let partition_id = partition_id.map_err(Error::InvalidRequest)?;
            let stream_id = stream_id.map_err(Error::InvalidRequest)?;
            let stream_name = stream_name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/checkpoints", client.baseurl, encode_path(& project_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("app_name", &app_name))
                .query(
                    &progenitor_client::QueryParam::new(
                        "checkpoint_type",
                        &checkpoint_type,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("partition_id", &partition_id),
                )
                .query(&progenitor_client::QueryParam::new("stream_id", &stream_id))
                .query(&progenitor_client::QueryParam::new("stream_name", &stream_name))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_checkpoint",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_cursor`]

[`Client::get_cursor`]: super::Client::get_cursor*/
    #[derive(Debug, Clone)]
    pub struct GetCursor<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        cursor_type: Result<Option<types::CursorType>, String>,
        partition_id: Result<::std::string::String, String>,
        starting_sequence_number: Result<
            Option<types::GetCursorStartingSequenceNumber>,
            String,
        >,
        stream_id: Result<Option<::std::string::String>, String>,
        stream_name: Result<types::GetCursorStreamName, String>,
        timestamp: Result<Option<i64>, String>,
    }
    impl<'a> GetCursor<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                cursor_type: Ok(None),
                partition_id: Err("partition_id was not initialized".to_string()),
                starting_sequence_number: Ok(None),
                stream_id: Ok(None),
                stream_name: Err("stream_name was not initialized".to_string()),
                timestamp: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn cursor_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CursorType>,
        {
            self.cursor_type = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CursorType` for cursor_type failed".to_string()
                });
            self
        }
        pub fn partition_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.partition_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for partition_id failed"
                        .to_string()
                });
            self
        }
        pub fn starting_sequence_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCursorStartingSequenceNumber>,
        {
            self.starting_sequence_number = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetCursorStartingSequenceNumber` for starting_sequence_number failed"
                        .to_string()
                });
            self
        }
        pub fn stream_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.stream_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for stream_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCursorStreamName>,
        {
            self.stream_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetCursorStreamName` for stream_name failed"
                        .to_string()
                });
            self
        }
        pub fn timestamp<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.timestamp = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for timestamp failed".to_string());
            self
        }
        ///Sends a `GET` request to `/v2/{project_id}/cursors`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetCursorResponse>,
            Error<::otc_dis_raw::ErrorBody>,
        > {
            let Self {
                client,
                project_id,
                cursor_type,
                partition_id,
                starting_sequence_number,
                stream_id,
                stream_name,
                timestamp,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let cursor_type = cursor_type.map_err(Error::InvalidRequest)?;
            let partition_id = partition_id.map_err(Error::InvalidRequest)?;
            let starting_sequence_number = starting_sequence_number
                .map_err(Error::InvalidRequest)?;
            let stream_id = stream_id.map_err(Error::InvalidRequest)?;
            let stream_name = stream_name.map_err(Error::InvalidRequest)?;
            let timestamp = timestamp.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/cursors", client.baseurl, encode_path(& project_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor-type", &cursor_type))
                .query(
                    &progenitor_client::QueryParam::new("partition-id", &partition_id),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "starting-sequence-number",
                        &starting_sequence_number,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("stream-id", &stream_id))
                .query(&progenitor_client::QueryParam::new("stream-name", &stream_name))
                .query(&progenitor_client::QueryParam::new("timestamp", &timestamp))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_cursor",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_records`]

[`Client::get_records`]: super::Client::get_records*/
    #[derive(Debug, Clone)]
    pub struct GetRecords<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        max_fetch_bytes: Result<Option<::std::num::NonZeroU32>, String>,
        partition_cursor: Result<types::GetRecordsPartitionCursor, String>,
    }
    impl<'a> GetRecords<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                limit: Ok(None),
                max_fetch_bytes: Ok(None),
                partition_cursor: Err("partition_cursor was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn max_fetch_bytes<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.max_fetch_bytes = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for max_fetch_bytes failed"
                        .to_string()
                });
            self
        }
        pub fn partition_cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetRecordsPartitionCursor>,
        {
            self.partition_cursor = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetRecordsPartitionCursor` for partition_cursor failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/{project_id}/records`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetRecordsResponse>,
            Error<::otc_dis_raw::ErrorBody>,
        > {
            let Self { client, project_id, limit, max_fetch_bytes, partition_cursor } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let max_fetch_bytes = max_fetch_bytes.map_err(Error::InvalidRequest)?;
            let partition_cursor = partition_cursor.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/records", client.baseurl, encode_path(& project_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "max_fetch_bytes",
                        &max_fetch_bytes,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "partition-cursor",
                        &partition_cursor,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_records",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::put_records`]

[`Client::put_records`]: super::Client::put_records*/
    #[derive(Debug, Clone)]
    pub struct PutRecords<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        body: Result<types::builder::PutRecordsRequest, String>,
    }
    impl<'a> PutRecords<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PutRecordsRequest>,
            <V as std::convert::TryInto<
                types::PutRecordsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `PutRecordsRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PutRecordsRequest,
            ) -> types::builder::PutRecordsRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/{project_id}/records`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PutRecordsResponse>,
            Error<::otc_dis_raw::ErrorBody>,
        > {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::PutRecordsRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/records", client.baseurl, encode_path(& project_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "put_records",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_resources_by_tags`]

[`Client::list_resources_by_tags`]: super::Client::list_resources_by_tags*/
    #[derive(Debug, Clone)]
    pub struct ListResourcesByTags<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        body: Result<types::builder::ListResourcesByTagsRequest, String>,
    }
    impl<'a> ListResourcesByTags<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListResourcesByTagsRequest>,
            <V as std::convert::TryInto<
                types::ListResourcesByTagsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ListResourcesByTagsRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ListResourcesByTagsRequest,
            ) -> types::builder::ListResourcesByTagsRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/{project_id}/stream/resource_instances/action`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListResourcesByTagsResponse>,
            Error<::otc_dis_raw::ErrorBody>,
        > {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ListResourcesByTagsRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/stream/resource_instances/action", client.baseurl,
                encode_path(& project_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_resources_by_tags",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_tags`]

[`Client::list_tags`]: super::Client::list_tags*/
    #[derive(Debug, Clone)]
    pub struct ListTags<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
    }
    impl<'a> ListTags<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/{project_id}/stream/tags`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListTagsResponse>,
            Error<::otc_dis_raw::ErrorBody>,
        > {
            let Self { client, project_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/stream/tags", client.baseurl, encode_path(& project_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_tags",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::show_stream_tags`]

[`Client::show_stream_tags`]: super::Client::show_stream_tags*/
    #[derive(Debug, Clone)]
    pub struct ShowStreamTags<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        stream_id: Result<::std::string::String, String>,
    }
    impl<'a> ShowStreamTags<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                stream_id: Err("stream_id was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.stream_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for stream_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/{project_id}/stream/{stream_id}/tags`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ShowStreamTagsResponse>,
            Error<::otc_dis_raw::ErrorBody>,
        > {
            let Self { client, project_id, stream_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let stream_id = stream_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/stream/{}/tags", client.baseurl, encode_path(& project_id
                .to_string()), encode_path(& stream_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_stream_tags",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_tag`]

[`Client::create_tag`]: super::Client::create_tag*/
    #[derive(Debug, Clone)]
    pub struct CreateTag<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        stream_id: Result<types::CreateTagStreamId, String>,
        body: Result<types::builder::CreateTagRequest, String>,
    }
    impl<'a> CreateTag<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                stream_id: Err("stream_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateTagStreamId>,
        {
            self.stream_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `CreateTagStreamId` for stream_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateTagRequest>,
            <V as std::convert::TryInto<
                types::CreateTagRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateTagRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateTagRequest,
            ) -> types::builder::CreateTagRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/{project_id}/stream/{stream_id}/tags`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::otc_dis_raw::ErrorBody>> {
            let Self { client, project_id, stream_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let stream_id = stream_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateTagRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/stream/{}/tags", client.baseurl, encode_path(& project_id
                .to_string()), encode_path(& stream_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_tag",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::batch_tag_action`]

[`Client::batch_tag_action`]: super::Client::batch_tag_action*/
    #[derive(Debug, Clone)]
    pub struct BatchTagAction<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        stream_id: Result<::std::string::String, String>,
        body: Result<types::builder::BatchTagActionRequest, String>,
    }
    impl<'a> BatchTagAction<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                stream_id: Err("stream_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.stream_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for stream_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BatchTagActionRequest>,
            <V as std::convert::TryInto<
                types::BatchTagActionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `BatchTagActionRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BatchTagActionRequest,
            ) -> types::builder::BatchTagActionRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/{project_id}/stream/{stream_id}/tags/action`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::otc_dis_raw::ErrorBody>> {
            let Self { client, project_id, stream_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let stream_id = stream_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::BatchTagActionRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/stream/{}/tags/action", client.baseurl, encode_path(&
                project_id.to_string()), encode_path(& stream_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "batch_tag_action",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_tag`]

[`Client::delete_tag`]: super::Client::delete_tag*/
    #[derive(Debug, Clone)]
    pub struct DeleteTag<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        stream_id: Result<::std::string::String, String>,
        key: Result<types::DeleteTagKey, String>,
    }
    impl<'a> DeleteTag<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                stream_id: Err("stream_id was not initialized".to_string()),
                key: Err("key was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.stream_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for stream_id failed"
                        .to_string()
                });
            self
        }
        pub fn key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteTagKey>,
        {
            self.key = value
                .try_into()
                .map_err(|_| "conversion to `DeleteTagKey` for key failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/v2/{project_id}/stream/{stream_id}/tags/{key}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::otc_dis_raw::ErrorBody>> {
            let Self { client, project_id, stream_id, key } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let stream_id = stream_id.map_err(Error::InvalidRequest)?;
            let key = key.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/stream/{}/tags/{}", client.baseurl, encode_path(& project_id
                .to_string()), encode_path(& stream_id.to_string()), encode_path(& key
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_tag",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_streams`]

[`Client::list_streams`]: super::Client::list_streams*/
    #[derive(Debug, Clone)]
    pub struct ListStreams<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        start_stream_name: Result<Option<types::ListStreamsStartStreamName>, String>,
    }
    impl<'a> ListStreams<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                limit: Ok(None),
                start_stream_name: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn start_stream_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListStreamsStartStreamName>,
        {
            self.start_stream_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListStreamsStartStreamName` for start_stream_name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/{project_id}/streams`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListStreamsResponse>,
            Error<::otc_dis_raw::ErrorBody>,
        > {
            let Self { client, project_id, limit, start_stream_name } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let start_stream_name = start_stream_name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/streams", client.baseurl, encode_path(& project_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "start_stream_name",
                        &start_stream_name,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_streams",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_stream`]

[`Client::create_stream`]: super::Client::create_stream*/
    #[derive(Debug, Clone)]
    pub struct CreateStream<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        body: Result<types::builder::CreateStreamRequest, String>,
    }
    impl<'a> CreateStream<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateStreamRequest>,
            <V as std::convert::TryInto<
                types::CreateStreamRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateStreamRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateStreamRequest,
            ) -> types::builder::CreateStreamRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/{project_id}/streams`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::otc_dis_raw::ErrorBody>> {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateStreamRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/streams", client.baseurl, encode_path(& project_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_stream",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::show_stream`]

[`Client::show_stream`]: super::Client::show_stream*/
    #[derive(Debug, Clone)]
    pub struct ShowStream<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        stream_name: Result<types::ShowStreamStreamName, String>,
        limit_partitions: Result<Option<::std::num::NonZeroU32>, String>,
        start_partition_id: Result<Option<::std::string::String>, String>,
        stream_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ShowStream<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                stream_name: Err("stream_name was not initialized".to_string()),
                limit_partitions: Ok(None),
                start_partition_id: Ok(None),
                stream_id: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ShowStreamStreamName>,
        {
            self.stream_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ShowStreamStreamName` for stream_name failed"
                        .to_string()
                });
            self
        }
        pub fn limit_partitions<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit_partitions = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit_partitions failed"
                        .to_string()
                });
            self
        }
        pub fn start_partition_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.start_partition_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for start_partition_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.stream_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for stream_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/{project_id}/streams/{stream_name}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::DescribeStreamResponse>,
            Error<::otc_dis_raw::ErrorBody>,
        > {
            let Self {
                client,
                project_id,
                stream_name,
                limit_partitions,
                start_partition_id,
                stream_id,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let stream_name = stream_name.map_err(Error::InvalidRequest)?;
            let limit_partitions = limit_partitions.map_err(Error::InvalidRequest)?;
            let start_partition_id = start_partition_id.map_err(Error::InvalidRequest)?;
            let stream_id = stream_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/streams/{}", client.baseurl, encode_path(& project_id
                .to_string()), encode_path(& stream_name.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "limit_partitions",
                        &limit_partitions,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "start_partitionId",
                        &start_partition_id,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("stream_id", &stream_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_stream",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_partition_count`]

[`Client::update_partition_count`]: super::Client::update_partition_count*/
    #[derive(Debug, Clone)]
    pub struct UpdatePartitionCount<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        stream_name: Result<types::UpdatePartitionCountStreamName, String>,
        body: Result<types::builder::UpdatePartitionCountRequest, String>,
    }
    impl<'a> UpdatePartitionCount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                stream_name: Err("stream_name was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdatePartitionCountStreamName>,
        {
            self.stream_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UpdatePartitionCountStreamName` for stream_name failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdatePartitionCountRequest>,
            <V as std::convert::TryInto<
                types::UpdatePartitionCountRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdatePartitionCountRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdatePartitionCountRequest,
            ) -> types::builder::UpdatePartitionCountRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/v2/{project_id}/streams/{stream_name}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::otc_dis_raw::ErrorBody>> {
            let Self { client, project_id, stream_name, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let stream_name = stream_name.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdatePartitionCountRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/streams/{}", client.baseurl, encode_path(& project_id
                .to_string()), encode_path(& stream_name.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_partition_count",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_stream`]

[`Client::delete_stream`]: super::Client::delete_stream*/
    #[derive(Debug, Clone)]
    pub struct DeleteStream<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        stream_name: Result<types::DeleteStreamStreamName, String>,
    }
    impl<'a> DeleteStream<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                stream_name: Err("stream_name was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteStreamStreamName>,
        {
            self.stream_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeleteStreamStreamName` for stream_name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v2/{project_id}/streams/{stream_name}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::otc_dis_raw::ErrorBody>> {
            let Self { client, project_id, stream_name } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let stream_name = stream_name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/streams/{}", client.baseurl, encode_path(& project_id
                .to_string()), encode_path(& stream_name.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_stream",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::show_stream_metrics`]

[`Client::show_stream_metrics`]: super::Client::show_stream_metrics*/
    #[derive(Debug, Clone)]
    pub struct ShowStreamMetrics<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        stream_name: Result<types::ShowStreamMetricsStreamName, String>,
        end_time: Result<i64, String>,
        label: Result<Option<types::StreamMetricLabel>, String>,
        label_list: Result<Option<::std::string::String>, String>,
        start_time: Result<i64, String>,
    }
    impl<'a> ShowStreamMetrics<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                stream_name: Err("stream_name was not initialized".to_string()),
                end_time: Err("end_time was not initialized".to_string()),
                label: Ok(None),
                label_list: Ok(None),
                start_time: Err("start_time was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ShowStreamMetricsStreamName>,
        {
            self.stream_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ShowStreamMetricsStreamName` for stream_name failed"
                        .to_string()
                });
            self
        }
        pub fn end_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.end_time = value
                .try_into()
                .map_err(|_| "conversion to `i64` for end_time failed".to_string());
            self
        }
        pub fn label<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StreamMetricLabel>,
        {
            self.label = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `StreamMetricLabel` for label failed".to_string()
                });
            self
        }
        pub fn label_list<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.label_list = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for label_list failed"
                        .to_string()
                });
            self
        }
        pub fn start_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.start_time = value
                .try_into()
                .map_err(|_| "conversion to `i64` for start_time failed".to_string());
            self
        }
        ///Sends a `GET` request to `/v2/{project_id}/streams/{stream_name}/metrics`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ShowStreamMetricsResponse>,
            Error<::otc_dis_raw::ErrorBody>,
        > {
            let Self {
                client,
                project_id,
                stream_name,
                end_time,
                label,
                label_list,
                start_time,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let stream_name = stream_name.map_err(Error::InvalidRequest)?;
            let end_time = end_time.map_err(Error::InvalidRequest)?;
            let label = label.map_err(Error::InvalidRequest)?;
            let label_list = label_list.map_err(Error::InvalidRequest)?;
            let start_time = start_time.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/streams/{}/metrics", client.baseurl, encode_path(& project_id
                .to_string()), encode_path(& stream_name.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("end_time", &end_time))
                .query(&progenitor_client::QueryParam::new("label", &label))
                .query(&progenitor_client::QueryParam::new("label_list", &label_list))
                .query(&progenitor_client::QueryParam::new("start_time", &start_time))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_stream_metrics",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::show_partition_metrics`]

[`Client::show_partition_metrics`]: super::Client::show_partition_metrics*/
    #[derive(Debug, Clone)]
    pub struct ShowPartitionMetrics<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        stream_name: Result<types::ShowPartitionMetricsStreamName, String>,
        partition_id: Result<::std::string::String, String>,
        end_time: Result<i64, String>,
        label: Result<Option<types::PartitionMetricLabel>, String>,
        label_list: Result<Option<::std::string::String>, String>,
        start_time: Result<i64, String>,
    }
    impl<'a> ShowPartitionMetrics<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                stream_name: Err("stream_name was not initialized".to_string()),
                partition_id: Err("partition_id was not initialized".to_string()),
                end_time: Err("end_time was not initialized".to_string()),
                label: Ok(None),
                label_list: Ok(None),
                start_time: Err("start_time was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ShowPartitionMetricsStreamName>,
        {
            self.stream_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ShowPartitionMetricsStreamName` for stream_name failed"
                        .to_string()
                });
            self
        }
        pub fn partition_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.partition_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for partition_id failed"
                        .to_string()
                });
            self
        }
        pub fn end_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.end_time = value
                .try_into()
                .map_err(|_| "conversion to `i64` for end_time failed".to_string());
            self
        }
        pub fn label<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PartitionMetricLabel>,
        {
            self.label = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `PartitionMetricLabel` for label failed".to_string()
                });
            self
        }
        pub fn label_list<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.label_list = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for label_list failed"
                        .to_string()
                });
            self
        }
        pub fn start_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.start_time = value
                .try_into()
                .map_err(|_| "conversion to `i64` for start_time failed".to_string());
            self
        }
        ///Sends a `GET` request to `/v2/{project_id}/streams/{stream_name}/partitions/{partition_id}/metrics`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ShowPartitionMetricsResponse>,
            Error<::otc_dis_raw::ErrorBody>,
        > {
            let Self {
                client,
                project_id,
                stream_name,
                partition_id,
                end_time,
                label,
                label_list,
                start_time,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let stream_name = stream_name.map_err(Error::InvalidRequest)?;
            let partition_id = partition_id.map_err(Error::InvalidRequest)?;
            let end_time = end_time.map_err(Error::InvalidRequest)?;
            let label = label.map_err(Error::InvalidRequest)?;
            let label_list = label_list.map_err(Error::InvalidRequest)?;
            let start_time = start_time.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/streams/{}/partitions/{}/metrics", client.baseurl,
                encode_path(& project_id.to_string()), encode_path(& stream_name
                .to_string()), encode_path(& partition_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("end_time", &end_time))
                .query(&progenitor_client::QueryParam::new("label", &label))
                .query(&progenitor_client::QueryParam::new("label_list", &label_list))
                .query(&progenitor_client::QueryParam::new("start_time", &start_time))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_partition_metrics",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_transfer_tasks`]

[`Client::list_transfer_tasks`]: super::Client::list_transfer_tasks*/
    #[derive(Debug, Clone)]
    pub struct ListTransferTasks<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        stream_name: Result<types::ListTransferTasksStreamName, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        start_task_name: Result<Option<types::ListTransferTasksStartTaskName>, String>,
    }
    impl<'a> ListTransferTasks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                stream_name: Err("stream_name was not initialized".to_string()),
                limit: Ok(None),
                start_task_name: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListTransferTasksStreamName>,
        {
            self.stream_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListTransferTasksStreamName` for stream_name failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn start_task_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListTransferTasksStartTaskName>,
        {
            self.start_task_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListTransferTasksStartTaskName` for start_task_name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/{project_id}/streams/{stream_name}/transfer-tasks`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListTransferTasksResponse>,
            Error<::otc_dis_raw::ErrorBody>,
        > {
            let Self { client, project_id, stream_name, limit, start_task_name } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let stream_name = stream_name.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let start_task_name = start_task_name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/streams/{}/transfer-tasks", client.baseurl, encode_path(&
                project_id.to_string()), encode_path(& stream_name.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "start_task_name",
                        &start_task_name,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_transfer_tasks",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_transfer_task`]

[`Client::create_transfer_task`]: super::Client::create_transfer_task*/
    #[derive(Debug, Clone)]
    pub struct CreateTransferTask<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        stream_name: Result<types::CreateTransferTaskStreamName, String>,
        body: Result<types::builder::CreateTransferTaskRequest, String>,
    }
    impl<'a> CreateTransferTask<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                stream_name: Err("stream_name was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateTransferTaskStreamName>,
        {
            self.stream_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `CreateTransferTaskStreamName` for stream_name failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateTransferTaskRequest>,
            <V as std::convert::TryInto<
                types::CreateTransferTaskRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateTransferTaskRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateTransferTaskRequest,
            ) -> types::builder::CreateTransferTaskRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/{project_id}/streams/{stream_name}/transfer-tasks`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::otc_dis_raw::ErrorBody>> {
            let Self { client, project_id, stream_name, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let stream_name = stream_name.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateTransferTaskRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/streams/{}/transfer-tasks", client.baseurl, encode_path(&
                project_id.to_string()), encode_path(& stream_name.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_transfer_task",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::batch_transfer_task_action`]

[`Client::batch_transfer_task_action`]: super::Client::batch_transfer_task_action*/
    #[derive(Debug, Clone)]
    pub struct BatchTransferTaskAction<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        stream_name: Result<types::BatchTransferTaskActionStreamName, String>,
        body: Result<types::builder::BatchTransferTaskRequest, String>,
    }
    impl<'a> BatchTransferTaskAction<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                stream_name: Err("stream_name was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BatchTransferTaskActionStreamName>,
        {
            self.stream_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `BatchTransferTaskActionStreamName` for stream_name failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BatchTransferTaskRequest>,
            <V as std::convert::TryInto<
                types::BatchTransferTaskRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `BatchTransferTaskRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BatchTransferTaskRequest,
            ) -> types::builder::BatchTransferTaskRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/{project_id}/streams/{stream_name}/transfer-tasks/action`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::otc_dis_raw::ErrorBody>> {
            let Self { client, project_id, stream_name, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let stream_name = stream_name.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::BatchTransferTaskRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/streams/{}/transfer-tasks/action", client.baseurl,
                encode_path(& project_id.to_string()), encode_path(& stream_name
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "batch_transfer_task_action",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::show_transfer_task`]

[`Client::show_transfer_task`]: super::Client::show_transfer_task*/
    #[derive(Debug, Clone)]
    pub struct ShowTransferTask<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        stream_name: Result<types::ShowTransferTaskStreamName, String>,
        task_name: Result<types::ShowTransferTaskTaskName, String>,
    }
    impl<'a> ShowTransferTask<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                stream_name: Err("stream_name was not initialized".to_string()),
                task_name: Err("task_name was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ShowTransferTaskStreamName>,
        {
            self.stream_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ShowTransferTaskStreamName` for stream_name failed"
                        .to_string()
                });
            self
        }
        pub fn task_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ShowTransferTaskTaskName>,
        {
            self.task_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ShowTransferTaskTaskName` for task_name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/{project_id}/streams/{stream_name}/transfer-tasks/{task_name}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ShowTransferTaskResponse>,
            Error<::otc_dis_raw::ErrorBody>,
        > {
            let Self { client, project_id, stream_name, task_name } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let stream_name = stream_name.map_err(Error::InvalidRequest)?;
            let task_name = task_name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/streams/{}/transfer-tasks/{}", client.baseurl, encode_path(&
                project_id.to_string()), encode_path(& stream_name.to_string()),
                encode_path(& task_name.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_transfer_task",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_transfer_task`]

[`Client::delete_transfer_task`]: super::Client::delete_transfer_task*/
    #[derive(Debug, Clone)]
    pub struct DeleteTransferTask<'a> {
        client: &'a super::Client,
        project_id: Result<::std::string::String, String>,
        stream_name: Result<types::DeleteTransferTaskStreamName, String>,
        task_name: Result<types::DeleteTransferTaskTaskName, String>,
    }
    impl<'a> DeleteTransferTask<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                stream_name: Err("stream_name was not initialized".to_string()),
                task_name: Err("task_name was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn stream_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteTransferTaskStreamName>,
        {
            self.stream_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeleteTransferTaskStreamName` for stream_name failed"
                        .to_string()
                });
            self
        }
        pub fn task_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteTransferTaskTaskName>,
        {
            self.task_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeleteTransferTaskTaskName` for task_name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v2/{project_id}/streams/{stream_name}/transfer-tasks/{task_name}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<::otc_dis_raw::ErrorBody>> {
            let Self { client, project_id, stream_name, task_name } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let stream_name = stream_name.map_err(Error::InvalidRequest)?;
            let task_name = task_name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/{}/streams/{}/transfer-tasks/{}", client.baseurl, encode_path(&
                project_id.to_string()), encode_path(& stream_name.to_string()),
                encode_path(& task_name.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_transfer_task",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
