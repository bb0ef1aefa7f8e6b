package de.kmuflow.inventory.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inventory page: stock against reorder points, recent movements, open purchase orders. */
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
		model.addAttribute("items", inventory.items());
		model.addAttribute("movements", inventory.movements(null).stream().limit(50).toList());
		model.addAttribute("orders", reorders.recentOrders());
		return "inventory";
	}

	@PostMapping("/inventory/purchase-orders/{number}/arrivals")
	String arrived(@PathVariable String number, RedirectAttributes redirect) {
		redirect.addFlashAttribute("arrived", number);
		reorders.goodsArrived(number);
		return "redirect:/inventory";
	}
}
