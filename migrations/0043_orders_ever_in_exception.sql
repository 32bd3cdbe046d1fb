CREATE TABLE "orders_ever_in_exception" (
	"order_id" uuid PRIMARY KEY NOT NULL
);
