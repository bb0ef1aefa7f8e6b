package de.kmuflow.suppliermemory.internal;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import de.kmuflow.suppliermemory.internal.SupplierMemoryViews.SupplierView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What kmu-flow learned per supplier, over REST: read it, forget one rule or all of a supplier. */
@RestController
class SupplierMemoryApiController {

	private final SupplierMemoryService memory;

	SupplierMemoryApiController(SupplierMemoryService memory) {
		this.memory = memory;
	}

	@GetMapping("/api/supplier-memory")
	List<SupplierView> all() {
		return memory.all().stream().map(SupplierView::of).toList();
	}

	@GetMapping("/api/supplier-memory/{id}")
	ResponseEntity<?> one(@PathVariable UUID id) {
		return memory.one(id).<ResponseEntity<?>>map(m -> ResponseEntity.ok(SupplierView.of(m)))
			.orElseGet(() -> notFound(id));
	}

	@DeleteMapping("/api/supplier-memory/{id}")
	ResponseEntity<?> forget(@PathVariable UUID id, Principal user) {
		return memory.forget(id, user.getName()) ? ResponseEntity.noContent().build() : notFound(id);
	}

	@DeleteMapping("/api/supplier-memory/{id}/rules/{ruleId}")
	ResponseEntity<?> forgetRule(@PathVariable UUID id, @PathVariable UUID ruleId, Principal user) {
		return memory.forgetRule(id, ruleId, user.getName()) ? ResponseEntity.noContent().build()
				: ResponseEntity.status(HttpStatus.NOT_FOUND)
					.body(new ApiError("Eine gelernte Regel " + ruleId + " gibt es für diesen Lieferanten nicht"
							+ " (no such learned rule)"));
	}

	private static ResponseEntity<?> notFound(UUID id) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(new ApiError("Zum Lieferanten " + id + " ist nichts gelernt (nothing learned for this supplier)"));
	}

	record ApiError(String error) {
	}
}
