package dev.accord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(AccordApplication.class);

	@Test
	void modulesDependOnEachOtherOnlyAsDeclared() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() throws IOException {
		Path folder = Path.of("target", "spring-modulith-docs");
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();

		String overview = Files.readString(folder.resolve("components.puml"));
		for (ApplicationModule module : this.modules) {
			assertThat(overview).as("the overview diagram names module " + module.getIdentifier())
				.contains(module.getDisplayName());
			Path diagram = folder.resolve("module-" + module.getIdentifier() + ".puml");
			assertThat(diagram).as("the diagram of module " + module.getIdentifier()).isRegularFile();
			assertThat(Files.readString(diagram)).contains("@startuml", module.getDisplayName());
			module.getDirectDependencies(this.modules).uniqueModules().forEach((target) -> assertThat(overview)
				.as("the overview draws %s depending on %s", module.getDisplayName(), target.getDisplayName())
				.containsPattern("Rel\\([\\w.]*\\." + module.getDisplayName() + ", [\\w.]*\\." + target.getDisplayName() + ","));
		}
	}

}
