package dev.accord.licensing;

/** PRIMARY holds the subscription's seats; DYNAMIC draws from the unreserved pool up to its limit; RESERVED sets its limit aside. */
public enum KeyType {

	PRIMARY, DYNAMIC, RESERVED

}
