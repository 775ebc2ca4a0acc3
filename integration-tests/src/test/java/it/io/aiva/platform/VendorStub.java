package it.io.aiva.platform;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The stand-in for a paid vendor API (a model, Judge0, Google Speech): WireMock on the port Maven
 * reserved and configured the server to call, so the production adapters are what is tested. One
 * test class at a time runs it.
 */
final class VendorStub {

    private VendorStub() {
    }

    static WireMockServer started() {
        WireMockServer vendor = new WireMockServer(options().port(Integer.getInteger("aiva.vendor.stub.port")));
        vendor.start();
        return vendor;
    }
}
