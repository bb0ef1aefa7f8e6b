package de.kmuflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KmuFlowApplication {

	public static void main(String[] args) {
		SpringApplication.run(KmuFlowApplication.class, args);
	}
}
