package by.egov.academy;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(EgovAcademyApplication.class);

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        modules.verify();
    }

    /** Exactly these modules: a new top-level package is a new module and must be declared here on purpose. */
    @Test
    void theModulesAreTheDeclaredOnes() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder("platform", "identity", "directory", "programme", "participation",
                        "competence", "feedback", "publishing", "reporting", "audit", "workbench");
    }

    /**
     * Every module names the modules it may use ({@code allowedDependencies} in its package-info): without that
     * list {@code verify()} lets a module use any other module's API, and nothing would stop a new dependency.
     */
    @Test
    void everyModuleDeclaresItsAllowedDependencies() {
        for (var module : modules) {
            var declared = module.getBasePackage().getAnnotation(org.springframework.modulith.ApplicationModule.class);
            assertThat(declared).as(module.getIdentifier() + " has @ApplicationModule").isPresent();
            assertThat(java.util.List.of(declared.get().allowedDependencies()))
                    .as(module.getIdentifier() + " allowedDependencies")
                    .doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN);
        }
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
