package de.kmuflow.inventory.internal;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;

import de.kmuflow.inventory.MovementType;
import de.kmuflow.platform.GermanFormat;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The stock pages: items against their reorder points, booking movements, reporting goods
 * arrivals, and creating or editing an item. Numbers are typed the German way (1.234,5).
 */
@Controller
class InventoryPageController {

	private final InventoryService inventory;
	private final ReorderService reorders;

	InventoryPageController(InventoryService inventory, ReorderService reorders) {
		this.inventory = inventory;
		this.reorders = reorders;
	}

	@GetMapping("/inventory")
	String page(Model model) {
		fill(model);
		return "inventory";
	}

	private void fill(Model model) {
		List<ItemEntity> items = inventory.items();
		List<PurchaseOrderEntity> orders = reorders.recentOrders();
		model.addAttribute("items", StockPage.items(items, orders));
		model.addAttribute("orders", StockPage.orders(orders, items));
		model.addAttribute("movements", StockPage.movements(inventory.movements(null).stream().limit(50).toList(), items));
		model.addAttribute("movementTypes", MovementType.values());
	}

	@PostMapping("/inventory/purchase-orders/{number}/arrivals")
	String arrived(@PathVariable String number, RedirectAttributes redirect) {
		reorders.goodsArrived(number);
		redirect.addFlashAttribute("arrived", number);
		return "redirect:/inventory";
	}

	/**
	 * Books a movement. The quantity is typed as a positive number for receipts and issues (an
	 * issue takes it away); a correction keeps its sign.
	 */
	@PostMapping("/inventory/movements")
	String book(@RequestParam String sku, @RequestParam MovementType type, @RequestParam String quantity,
			@RequestParam(required = false) String reason, Principal user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			BigDecimal amount = GermanFormat.parseAmount(quantity);
			if (amount == null) {
				throw new IllegalArgumentException("Bitte eine Menge eintragen.");
			}
			BigDecimal signed = type == MovementType.ISSUE ? amount.abs().negate()
					: type == MovementType.RECEIPT ? amount.abs() : amount;
			inventory.book(sku, signed, type, blankToNull(reason), user.getName());
			redirect.addFlashAttribute("booked", sku);
			return "redirect:/inventory";
		}
		catch (IllegalArgumentException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", e.getMessage());
			fill(model);
			return "inventory";
		}
	}

	/** The form of an item as typed: every value as text, so a wrong entry comes back as it was. */
	record ItemForm(String sku, String name, String unit, String onHand, String reorderPoint, String reorderQuantity,
			String maxLevel, String supplierName, String supplierEmail, String unitPrice, String leadTimeDays) {

		static ItemForm empty() {
			return new ItemForm("", "", "Stück", "0", "", "", "", "", "", "", "7");
		}

		static ItemForm of(ItemEntity item) {
			return new ItemForm(item.sku, item.name, item.unit, GermanFormat.quantity(item.onHand),
					GermanFormat.quantity(item.reorderPoint), GermanFormat.quantity(item.reorderQuantity),
					item.maxLevel == null ? "" : GermanFormat.quantity(item.maxLevel),
					item.supplierName == null ? "" : item.supplierName,
					item.supplierEmail == null ? "" : item.supplierEmail, GermanFormat.amount(item.unitPrice),
					Integer.toString(item.leadTimeDays));
		}

		ItemData toData() {
			Integer lead;
			try {
				lead = leadTimeDays == null || leadTimeDays.isBlank() ? null : Integer.valueOf(leadTimeDays.strip());
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException("Lieferzeit bitte in ganzen Tagen angeben: " + leadTimeDays);
			}
			return new ItemData(sku == null ? null : sku.strip(), name == null ? null : name.strip(),
					unit == null ? null : unit.strip(), GermanFormat.parseAmount(onHand),
					GermanFormat.parseAmount(reorderPoint), GermanFormat.parseAmount(reorderQuantity),
					GermanFormat.parseAmount(maxLevel), blankToNull(supplierName), blankToNull(supplierEmail),
					GermanFormat.parseAmount(unitPrice), lead);
		}
	}

	@GetMapping("/inventory/items/new")
	String newItem(Model model) {
		model.addAttribute("item", ItemForm.empty());
		model.addAttribute("creating", true);
		return "inventory-item";
	}

	@GetMapping("/inventory/items/{sku}")
	String item(@PathVariable String sku, Model model) {
		model.addAttribute("item", ItemForm.of(inventory.item(sku)));
		model.addAttribute("creating", false);
		model.addAttribute("movements",
				StockPage.movements(inventory.movements(sku).stream().limit(20).toList(), List.of(inventory.item(sku))));
		return "inventory-item";
	}

	@PostMapping("/inventory/items")
	String create(@ModelAttribute ItemForm item, Principal user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return save(item, true, user, model, response, redirect);
	}

	@PostMapping("/inventory/items/{sku}")
	String update(@PathVariable String sku, @ModelAttribute ItemForm item, Principal user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ItemForm form = new ItemForm(sku, item.name(), item.unit(), null, item.reorderPoint(), item.reorderQuantity(),
				item.maxLevel(), item.supplierName(), item.supplierEmail(), item.unitPrice(), item.leadTimeDays());
		return save(form, false, user, model, response, redirect);
	}

	private String save(ItemForm form, boolean creating, Principal user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			ItemEntity saved = creating ? inventory.create(form.toData(), user.getName())
					: inventory.update(form.sku(), form.toData(), user.getName());
			redirect.addFlashAttribute("saved", saved.sku);
			return "redirect:/inventory";
		}
		catch (IllegalArgumentException e) {
			return refused(form, creating, e, HttpServletResponse.SC_BAD_REQUEST, model, response);
		}
		catch (InventoryService.ItemExistsException e) {
			return refused(form, creating, e, HttpServletResponse.SC_CONFLICT, model, response);
		}
		catch (InventoryService.MasterDataRefusedException e) {
			return refused(form, creating, e, HttpServletResponse.SC_FORBIDDEN, model, response);
		}
	}

	private static String refused(ItemForm form, boolean creating, RuntimeException e, int status, Model model,
			HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("item", form);
		model.addAttribute("creating", creating);
		model.addAttribute("error", e.getMessage());
		return "inventory-item";
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
