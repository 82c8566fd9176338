<?php
/**
 * CREATE TABLE statements of the plugin's tables.
 *
 * @package Igny8\Storage
 */

declare( strict_types=1 );

namespace Igny8\Storage;

defined( 'ABSPATH' ) || exit;

/**
 * The dbDelta definitions (two spaces after PRIMARY KEY, one column per line, KEY not INDEX).
 *
 * Times are GMT. Statuses are short strings so new ones need no ALTER. Every filter and sort the
 * screens offer has an index; the keyword list's common query (intent + cluster, ordered by volume)
 * has a composite one so a page of 50 out of 100k rows reads only that page. The opportunity rankings
 * (volume high to low, then difficulty low to high) read descending ones (see Keyword_Rank_Indexes).
 *
 * @since 0.2.0
 */
final class Schema_Tables {

	/**
	 * Returns the statements for a table prefix.
	 *
	 * @since 0.2.0
	 *
	 * @param string $prefix          Table prefix.
	 * @param string $charset_collate Charset clause.
	 * @return array<string, string> Table suffix => CREATE TABLE statement.
	 */
	public static function statements( string $prefix, string $charset_collate ): array {
		$t = static fn ( string $suffix ): string => $prefix . $suffix;

		return array(
			Schema::SECTORS          => "CREATE TABLE {$t( Schema::SECTORS )} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  name varchar(191) NOT NULL,
  slug varchar(191) NOT NULL,
  status varchar(20) NOT NULL DEFAULT 'active',
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY slug (slug)
) {$charset_collate};",
			Schema::KEYWORDS         => "CREATE TABLE {$t( Schema::KEYWORDS )} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  keyword varchar(255) NOT NULL,
  search_volume int(10) unsigned DEFAULT NULL,
  difficulty tinyint(3) unsigned DEFAULT NULL,
  intent varchar(20) DEFAULT NULL,
  status varchar(20) NOT NULL DEFAULT 'active',
  source varchar(20) NOT NULL DEFAULT 'manual',
  sector_id bigint(20) unsigned DEFAULT NULL,
  cluster_id bigint(20) unsigned DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY keyword (keyword(191)),
  KEY status_intent (status,intent),
  KEY intent_cluster_volume (intent,cluster_id,search_volume),
  KEY unclustered_rank (cluster_id,search_volume DESC,difficulty),
  KEY volume_rank (search_volume DESC,difficulty),
  KEY sector_id (sector_id),
  KEY search_volume (search_volume),
  KEY difficulty (difficulty),
  KEY created_at (created_at)
) {$charset_collate};",
			Schema::CLUSTERS         => "CREATE TABLE {$t( Schema::CLUSTERS )} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  name varchar(191) NOT NULL,
  description text,
  target_words int(10) unsigned DEFAULT NULL,
  status varchar(20) NOT NULL DEFAULT 'active',
  sector_id bigint(20) unsigned DEFAULT NULL,
  job_id varchar(64) DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY name (name),
  KEY status (status),
  KEY sector_id (sector_id),
  KEY created_at (created_at)
) {$charset_collate};",
			Schema::IDEAS            => "CREATE TABLE {$t( Schema::IDEAS )} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  cluster_id bigint(20) unsigned DEFAULT NULL,
  title varchar(255) NOT NULL,
  description text,
  suggested_keywords text,
  outline text,
  content_type varchar(20) NOT NULL DEFAULT 'post',
  status varchar(20) NOT NULL DEFAULT 'draft',
  task_id bigint(20) unsigned DEFAULT NULL,
  job_id varchar(64) DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY cluster_id (cluster_id),
  KEY status (status),
  KEY job_id (job_id),
  KEY created_at (created_at)
) {$charset_collate};",
			Schema::TASKS            => "CREATE TABLE {$t( Schema::TASKS )} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  title varchar(255) NOT NULL,
  brief text,
  keywords text,
  content_type varchar(20) NOT NULL DEFAULT 'post',
  content_structure varchar(50) NOT NULL DEFAULT 'article',
  target_words int(10) unsigned DEFAULT NULL,
  taxonomy_term_id bigint(20) unsigned DEFAULT NULL,
  cluster_id bigint(20) unsigned DEFAULT NULL,
  idea_id bigint(20) unsigned DEFAULT NULL,
  outline text,
  status varchar(20) NOT NULL DEFAULT 'queued',
  assigned_post_id bigint(20) unsigned DEFAULT NULL,
  post_url text,
  job_id varchar(64) DEFAULT NULL,
  error text,
  strategy_id bigint(20) unsigned DEFAULT NULL,
  created_by bigint(20) unsigned DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY status (status),
  KEY strategy_id (strategy_id),
  KEY job_id (job_id),
  KEY cluster_id (cluster_id),
  KEY idea_id (idea_id),
  KEY assigned_post_id (assigned_post_id),
  KEY created_at (created_at)
) {$charset_collate};",
			Schema::JOBS             => "CREATE TABLE {$t( Schema::JOBS )} (
  job_id varchar(64) NOT NULL,
  function varchar(50) NOT NULL DEFAULT '',
  status varchar(20) NOT NULL DEFAULT 'queued',
  task_id bigint(20) unsigned DEFAULT NULL,
  post_id bigint(20) unsigned DEFAULT NULL,
  progress tinyint(3) unsigned NOT NULL DEFAULT 0,
  step varchar(191) NOT NULL DEFAULT '',
  error text,
  credits_charged int(10) unsigned NOT NULL DEFAULT 0,
  context longtext,
  claimed_at datetime DEFAULT NULL,
  applied_at datetime DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (job_id),
  KEY task_id (task_id),
  KEY function_status (function,status),
  KEY status_applied (status,applied_at)
) {$charset_collate};",
			Schema::OUTBOX           => "CREATE TABLE {$t( Schema::OUTBOX )} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  post_id bigint(20) unsigned NOT NULL,
  payload longtext NOT NULL,
  attempts smallint(5) unsigned NOT NULL DEFAULT 0,
  last_error text,
  next_attempt_at datetime NOT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY post_id (post_id),
  KEY next_attempt_at (next_attempt_at)
) {$charset_collate};",
			Schema::IMPORTS          => "CREATE TABLE {$t( Schema::IMPORTS )} (
  id varchar(36) NOT NULL,
  file_path text NOT NULL,
  file_name varchar(191) NOT NULL DEFAULT '',
  format varchar(40) NOT NULL DEFAULT 'unknown',
  delimiter varchar(4) NOT NULL DEFAULT ',',
  header_line int(10) unsigned NOT NULL DEFAULT 1,
  columns longtext,
  mapping longtext,
  status varchar(20) NOT NULL DEFAULT 'needs_mapping',
  byte_offset bigint(20) unsigned NOT NULL DEFAULT 0,
  line int(10) unsigned NOT NULL DEFAULT 0,
  total_bytes bigint(20) unsigned NOT NULL DEFAULT 0,
  imported int(10) unsigned NOT NULL DEFAULT 0,
  merged int(10) unsigned NOT NULL DEFAULT 0,
  failed int(10) unsigned NOT NULL DEFAULT 0,
  last_error text,
  created_by bigint(20) unsigned DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY status (status)
) {$charset_collate};",
			Schema::IMPORT_ERRORS    => "CREATE TABLE {$t( Schema::IMPORT_ERRORS )} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  import_id varchar(36) NOT NULL,
  line int(10) unsigned NOT NULL,
  reason varchar(255) NOT NULL,
  raw text,
  PRIMARY KEY  (id),
  KEY import_line (import_id,line)
) {$charset_collate};",
			// Linker (schema 3): one row per internal link, indexed both ways; one node per published post
			// (its cluster and counts); the words of each post's target keyword and title, so suggestions
			// find candidates with one indexed IN query instead of scanning content.
			Schema::LINKS            => "CREATE TABLE {$t( Schema::LINKS )} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  source_post_id bigint(20) unsigned NOT NULL,
  target_post_id bigint(20) unsigned NOT NULL,
  anchor varchar(255) NOT NULL DEFAULT '',
  position smallint(5) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (id),
  KEY source_target (source_post_id,target_post_id),
  KEY target_source (target_post_id,source_post_id)
) {$charset_collate};",
			Schema::LINK_NODES       => "CREATE TABLE {$t( Schema::LINK_NODES )} (
  post_id bigint(20) unsigned NOT NULL,
  cluster_id bigint(20) unsigned DEFAULT NULL,
  keyword varchar(191) NOT NULL DEFAULT '',
  out_links int(10) unsigned NOT NULL DEFAULT 0,
  indexed_at datetime NOT NULL,
  PRIMARY KEY  (post_id),
  KEY cluster_id (cluster_id)
) {$charset_collate};",
			Schema::LINK_TERMS       => "CREATE TABLE {$t( Schema::LINK_TERMS )} (
  term varchar(64) NOT NULL,
  post_id bigint(20) unsigned NOT NULL,
  weight tinyint(3) unsigned NOT NULL DEFAULT 1,
  PRIMARY KEY  (term,post_id),
  KEY post_id (post_id)
) {$charset_collate};",
			// Automation (schema 3): rules, their runs and every step's result.
			Schema::AUTOMATION_RULES => "CREATE TABLE {$t( Schema::AUTOMATION_RULES )} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  name varchar(191) NOT NULL,
  status varchar(20) NOT NULL DEFAULT 'active',
  sector_id bigint(20) unsigned DEFAULT NULL,
  max_ideas smallint(5) unsigned NOT NULL DEFAULT 3,
  days varchar(20) NOT NULL DEFAULT '1,2,3,4,5',
  run_time varchar(5) NOT NULL DEFAULT '09:00',
  publish_mode varchar(20) NOT NULL DEFAULT 'draft',
  publish_time varchar(5) NOT NULL DEFAULT '',
  generate_images tinyint(1) unsigned NOT NULL DEFAULT 0,
  quality_threshold tinyint(3) unsigned NOT NULL DEFAULT 70,
  monthly_credit_cap int(10) unsigned NOT NULL DEFAULT 0,
  strategy_id bigint(20) unsigned DEFAULT NULL,
  next_run_at datetime DEFAULT NULL,
  last_run_at datetime DEFAULT NULL,
  created_by bigint(20) unsigned DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY status_next (status,next_run_at)
) {$charset_collate};",
			Schema::AUTOMATION_RUNS  => "CREATE TABLE {$t( Schema::AUTOMATION_RUNS )} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  rule_id bigint(20) unsigned NOT NULL,
  status varchar(20) NOT NULL DEFAULT 'running',
  dry_run tinyint(1) unsigned NOT NULL DEFAULT 0,
  credits_estimated int(10) unsigned NOT NULL DEFAULT 0,
  credits_charged int(10) unsigned NOT NULL DEFAULT 0,
  items longtext,
  summary text,
  started_at datetime NOT NULL,
  finished_at datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  KEY rule_started (rule_id,started_at),
  KEY status (status)
) {$charset_collate};",
			Schema::AUTOMATION_STEPS => "CREATE TABLE {$t( Schema::AUTOMATION_STEPS )} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  run_id bigint(20) unsigned NOT NULL,
  step varchar(40) NOT NULL,
  status varchar(20) NOT NULL,
  message text,
  data longtext,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY run_id (run_id)
) {$charset_collate};",
			// Undo (schema 4): the exact rows a delete removed and the links it broke, under a random token.
			Schema::TRASH            => "CREATE TABLE {$t( Schema::TRASH )} (
  id varchar(36) NOT NULL,
  kind varchar(20) NOT NULL,
  row_count int(10) unsigned NOT NULL DEFAULT 0,
  rows_json longtext NOT NULL,
  links_json longtext NOT NULL,
  created_by bigint(20) unsigned NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY created_at (created_at)
) {$charset_collate};",
			// Replay refusal (schema 5): one row per accepted signature until it could no longer pass the time check.
			Schema::SEEN_SIGNATURES  => "CREATE TABLE {$t( Schema::SEEN_SIGNATURES )} (
  signature char(64) NOT NULL,
  expires_at bigint(20) unsigned NOT NULL,
  PRIMARY KEY  (signature),
  KEY expires_at (expires_at)
) {$charset_collate};",
			// Search Console (schema 6): the last imported export, one row per query and page, the page's
			// post when the URL is one of the site's own; read by impressions within a position range.
			Schema::SEARCH_QUERIES   => "CREATE TABLE {$t( Schema::SEARCH_QUERIES )} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  query varchar(255) NOT NULL,
  page_url varchar(2048) NOT NULL DEFAULT '',
  post_id bigint(20) unsigned DEFAULT NULL,
  clicks int(10) unsigned NOT NULL DEFAULT 0,
  impressions int(10) unsigned NOT NULL DEFAULT 0,
  ctr decimal(7,4) NOT NULL DEFAULT 0,
  position decimal(7,2) NOT NULL,
  imported_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY impressions_position (impressions DESC,position),
  KEY post_id (post_id)
) {$charset_collate};",
			// Writing strategies (schema 8): one row is the default; tasks and rules name theirs by strategy_id.
			Schema::STRATEGIES       => "CREATE TABLE {$t( Schema::STRATEGIES )} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  name varchar(191) NOT NULL,
  is_default tinyint(1) unsigned NOT NULL DEFAULT 0,
  target_words int(10) unsigned DEFAULT NULL,
  content_structure varchar(50) NOT NULL DEFAULT '',
  author_profile varchar(64) NOT NULL DEFAULT '',
  image_count tinyint(3) unsigned NOT NULL DEFAULT 3,
  faq tinyint(1) unsigned NOT NULL DEFAULT 1,
  takeaways tinyint(1) unsigned NOT NULL DEFAULT 0,
  link_policy varchar(20) NOT NULL DEFAULT 'linker',
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY name (name)
) {$charset_collate};",
		);
	}
}
