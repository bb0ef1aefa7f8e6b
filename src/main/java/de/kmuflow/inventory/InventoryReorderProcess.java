package de.kmuflow.inventory;

/** The reorder process {@code processes/inventory-reorder.bpmn}: key, element ids, messages and variables. */
public final class InventoryReorderProcess {

	public static final String KEY = "inventory-reorder";

	/** Element ids as in the model. */
	public static final class Elements {
		public static final String PROPOSE = "serviceTask_proposeOrder";
		public static final String NOTHING_TO_ORDER = "endEvent_nothingToOrder";
		public static final String BUNDLE_WINDOW = "timer_bundleWindow";
		public static final String CHECK_APPROVAL = "serviceTask_checkApproval";
		public static final String APPROVE = "userTask_approvePurchaseOrder";
		public static final String REJECT = "serviceTask_rejectOrder";
		public static final String ORDER_REJECTED = "endEvent_orderRejected";
		public static final String SEND = "serviceTask_sendOrder";
		public static final String AWAIT_GOODS = "receiveTask_awaitGoods";
		public static final String DELIVERY_OVERDUE = "boundaryTimer_deliveryOverdue";
		public static final String REJECTED_WHILE_WAITING = "boundaryMessage_orderRejected";
		public static final String CHASE = "userTask_chaseSupplier";
		public static final String CONFIRM_RECEIPT = "userTask_confirmGoodsReceipt";
		public static final String BOOK_RECEIPT = "serviceTask_bookGoodsReceipt";
		public static final String GOODS_RECEIVED = "endEvent_goodsReceived";

		private Elements() {
		}
	}

	/** Message names. */
	public static final class Messages {
		/** The delivery is at the door (warehouse reports it). */
		public static final String GOODS_ARRIVED = "GoodsArrived";
		/** Purchasing rejected the bundled purchase order this line had joined. */
		public static final String ORDER_REJECTED = "PurchaseOrderRejected";

		private Messages() {
		}
	}

	/** Variable names. */
	public static final class Variables {
		public static final String SKU = "sku";
		public static final String ORDER_NEEDED = "orderNeeded";
		/** Boolean: this instance created the purchase order (and so approves and sends it). */
		public static final String OWNS_ORDER = "ownsOrder";
		public static final String PURCHASE_ORDER_ID = "purchaseOrderId";
		public static final String ORDER_VALUE = "orderValue";
		public static final String NEEDS_APPROVAL = "needsApproval";
		/** String: approve or reject (a changed quantity counts as approve). */
		public static final String DECISION = "decision";
		public static final String DELIVERY_DUE = "deliveryDueDate";
		public static final String BUNDLE_WINDOW = "bundleWindow";
		public static final String FULLY_RECEIVED = "fullyReceived";

		private Variables() {
		}
	}

	private InventoryReorderProcess() {
	}
}
