"""A stock Paho Python 1.6.1 device: websockets transport, no ws_set_options, so the default
path /mqtt. Prints one line per protocol step; the jest test drives and checks it."""
import sys
import threading
import paho.mqtt.client as mqtt

host, port, device, token = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
commands = f"devices/{device}/commands"
got_command = threading.Event()
subscribed = threading.Event()
connected = threading.Event()


def say(*parts):
    print(*parts, flush=True)


def on_connect(client, userdata, flags, rc):
    say("connack", rc, "session-present", flags.get("session present", 0))
    connected.set()


def on_subscribe(client, userdata, mid, granted):
    say("suback", *granted)
    subscribed.set()


def on_message(client, userdata, msg):
    say("message", msg.topic, msg.qos, msg.payload.decode())
    got_command.set()


client = mqtt.Client(client_id=device, clean_session=True, transport="websockets")
client.username_pw_set(device, token)
client.on_connect = on_connect
client.on_subscribe = on_subscribe
client.on_message = on_message
client.connect(host, port, keepalive=30)
client.loop_start()
if not connected.wait(10):
    say("no connack")
    sys.exit(2)
client.subscribe(commands, qos=1)
if not subscribed.wait(10):
    say("no suback")
    sys.exit(3)
meta = client.publish(f"devices/{device}/meta", '{"model":"paho","firmware":"1.6.1","commands":{"reboot":{"params":{}}}}', qos=1, retain=True)
meta.wait_for_publish(10)
info = client.publish(f"devices/{device}/telemetry", '{"temp":21.5}', qos=1)
info.wait_for_publish(10)
say("puback", info.is_published())
say("ready")
ok = got_command.wait(20)
client.disconnect()
client.loop_stop()
sys.exit(0 if ok else 4)
