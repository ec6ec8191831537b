package org.vigil.app.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application behind {@code vigil serve}: it serves the pages of an open store. */
@SpringBootApplication
public class VigilWebApplication {
}
