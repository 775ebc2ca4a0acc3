/** A company's own settings: how its interviews are analysed. */
package io.aiva.core.company;
