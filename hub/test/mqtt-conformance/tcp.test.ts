beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
xbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
AbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
AbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
@beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
jbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
/beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
gbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
HbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ybeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
HbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
/beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
/beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
-beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
jbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
AbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
/beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
/beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
/beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
/beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
qbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
/beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
jbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
HbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
xbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
/beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
jbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
/beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
*beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
*beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
-beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
CbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
PbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
EbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
HbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
EbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
RbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
_beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
MbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
QbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
_beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
CbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
PbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
_beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
PbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ObeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
RbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
kbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
/beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
*beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
/beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
HbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
PbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
AbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ybeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
>beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
HbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
qbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
PbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
AbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
MbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
qbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
/beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
/beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
"beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
"beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
gbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ybeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
xbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
SbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
vbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
PbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
<beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
vbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
>beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
>beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
2beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
7beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
>beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
PbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
AbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
IbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
PbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
<beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
vbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
>beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
>beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
>beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
HbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
qbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
PbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
PbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
AbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
MbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
qbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
AbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ybeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
>beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
/beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
*beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
*beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
*beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
SbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
kbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
CbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
PbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ybeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
vbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
;beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
*beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
vbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
vbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ybeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
gbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
vbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
5beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
*beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
/beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
xbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
gbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
kbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
BbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
[beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
]beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
PbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
<beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ybeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
gbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
;beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
>beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
PbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
vbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
>beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
kbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
PbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
2beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
7beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
gbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
BbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
[beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
]beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
[beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
]beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
>beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
kbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ybeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
;beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
vbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ybeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
HbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
xbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
BbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
gbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
5beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
kbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
>beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
gbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
kbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
kbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
kbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
>beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
kbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
>beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
mbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
;beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
vbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ybeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
HbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
xbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
BbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
gbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
kbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
>beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
kbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
kbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
[beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
]beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
!beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
CbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
PbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
>beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
[beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
MbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
QbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
-beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
3beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
2beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
2beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
-beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
]beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
vbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
CbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ObeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
NbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
NbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
EbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
CbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
SbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
UbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
BbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
SbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
CbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
RbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
IbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
BbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
EbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ybeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
>beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
xbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
gbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
-beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
kbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
[beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
/beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
]beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
xbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
EbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
qbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ybeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
2beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
2beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
9beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
3beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
[beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
MbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
QbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
-beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
2beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
3beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
-beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
]beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
QbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
SbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
PbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
UbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
BbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
LbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
IbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
SbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
HbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
kbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
gbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
gbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
fbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
CbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ObeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
NbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
NbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
AbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
CbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
KbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ybeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
>beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
xbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
gbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
-beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
/beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
xbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
qbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
xbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
EbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
qbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ybeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
2beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
2beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
[beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
MbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
QbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
TbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
-beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
3beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
2beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
-beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
2beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
]beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
vbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
CbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ObeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
NbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
NbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
AbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
CbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
KbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
xbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ybeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
>beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
=beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
wbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
xbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
hbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
gbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
nbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ibeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
-beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
6beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
vbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
6beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
xbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
pbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
.beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
EbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
qbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
abeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
(beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
{beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
bbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ybeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
2beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
2beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
0beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
1beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
'beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
,beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
cbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
lbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
obeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
sbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
dbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
:beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
tbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
rbeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ubeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
ebeforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
 beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
}beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
)beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})

beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
