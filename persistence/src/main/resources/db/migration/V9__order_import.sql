-- Orders: the search and highlight views of the orders page, and the merchant's late send of an
-- order a payment created first.
--
-- merchant_sent_at: when the merchant (ERP or CSV) sent the order. An order a payment created
-- (source PAYMENT) has none until the merchant sends the same order; until then it is a payment
-- that named an order posdesk did not know (订单不存在), one of the page's two highlights.
ALTER TABLE merchant_order ADD COLUMN merchant_sent_at DATETIME(3) NULL AFTER source;
UPDATE merchant_order SET merchant_sent_at = created_at WHERE source <> 'PAYMENT';

-- Every search pages by keyset on (created_at desc, id desc) within a merchant (or a user's
-- stores, or everything for staff); each filter that can narrow a page has its own leading column.
CREATE INDEX ix_merchant_order_merchant_time ON merchant_order (merchant_id, created_at, id);
CREATE INDEX ix_merchant_order_store_time ON merchant_order (store_id, created_at, id);
CREATE INDEX ix_merchant_order_merchant_status_time ON merchant_order (merchant_id, status, created_at, id);
CREATE INDEX ix_merchant_order_merchant_source_time ON merchant_order (merchant_id, source, created_at, id);
CREATE INDEX ix_merchant_order_time ON merchant_order (created_at, id);
